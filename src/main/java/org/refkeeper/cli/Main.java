package org.refkeeper.cli;

import picocli.CommandLine;

import java.io.PrintWriter;

/** {@code refkeeper}: the command line. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        int code;
        try {
            code = commandLine().execute(args);
        } catch (Error e) { // picocli hands exceptions to ExitCodes; errors (out of memory, a bug) come here
            System.err.println("refkeeper: " + ExitCodes.message(e));
            if (System.getenv("REFKEEPER_DEBUG") != null) {
                e.printStackTrace();
            }
            code = ExitCodes.FAILED;
        }
        System.exit(code);
    }

    /** The one command line, used by {@link #main} and by tests. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new RefkeeperCommand());
        cl.setExecutionExceptionHandler(new ExitCodes());
        cl.setParameterExceptionHandler((e, args) -> {
            PrintWriter err = e.getCommandLine().getErr();
            err.println("refkeeper: " + e.getMessage() + dashHint(e));
            err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return ExitCodes.USAGE;
        });
        return cl;
    }

    /** A SOURCE or file whose name starts with '-' reads as an option unless it comes after '--'. */
    private static String dashHint(CommandLine.ParameterException e) {
        return e instanceof CommandLine.UnmatchedArgumentException u
                && u.getUnmatched().stream().anyMatch(a -> a.startsWith("-") && !a.startsWith("--"))
                ? " (to name a SOURCE or file that starts with '-', put it after '--': refkeeper log -- -x)" : "";
    }
}
