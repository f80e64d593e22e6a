package org.refkeeper.cli;

import picocli.CommandLine;

import java.io.PrintWriter;

/** {@code refkeeper}: the command line. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The one command line, used by {@link #main} and by tests. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new RefkeeperCommand());
        cl.setExecutionExceptionHandler(new ExitCodes());
        cl.setParameterExceptionHandler((e, args) -> {
            PrintWriter err = e.getCommandLine().getErr();
            err.println("refkeeper: " + e.getMessage());
            err.println("Try 'refkeeper " + e.getCommandLine().getCommandName() + " --help'.");
            return ExitCodes.USAGE;
        });
        return cl;
    }
}
