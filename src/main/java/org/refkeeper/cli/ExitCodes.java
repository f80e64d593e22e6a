package org.refkeeper.cli;

import org.refkeeper.io.BadInputException;
import org.refkeeper.store.NoArchiveException;
import picocli.CommandLine;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Maps failures to DESIGN.md's exit codes, with a one-line message on stderr. */
final class ExitCodes implements CommandLine.IExecutionExceptionHandler {
    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;
    static final int FAIL_ON = 3;

    @Override
    public int handleExecutionException(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        if (cause instanceof BadInputException || cause instanceof NoArchiveException) {
            cl.getErr().println("refkeeper: " + cause.getMessage());
            return USAGE;
        }
        String message = cause instanceof IOException ? cause.getMessage() : cause.toString();
        cl.getErr().println("refkeeper: " + message);
        if (System.getenv("REFKEEPER_DEBUG") != null) {
            cause.printStackTrace(cl.getErr());
        }
        return FAILED;
    }
}
