package org.refkeeper.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One invocation of the command line as a user types it: exit code, what it printed on out and err. */
record CommandLineRun(int exit, String out, String err) {
    static CommandLineRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new CommandLineRun(exit, out.toString(), err.toString());
    }
}
