package org.refkeeper.cli;

import org.refkeeper.io.BadInputException;
import org.refkeeper.folder.NoArchiveException;
import picocli.CommandLine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Maps failures to DESIGN.md's exit codes, with a one-line message on stderr in words: the file system's
 * errors say which file and what happened, and a bug says it is one, never a Java exception's text
 * ({@code REFKEEPER_DEBUG=1} prints the stack trace for a report).
 */
final class ExitCodes implements CommandLine.IExecutionExceptionHandler {
    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;
    static final int FAIL_ON = 3;
    static final String BUG = "refkeeper failed unexpectedly; this is a bug: run the command again with "
            + "REFKEEPER_DEBUG=1 and report what it prints";

    @Override
    public int handleExecutionException(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        cl.getErr().println("refkeeper: " + message(cause));
        if (System.getenv("REFKEEPER_DEBUG") != null) {
            cause.printStackTrace(cl.getErr());
        }
        cl.getErr().flush();
        return code(cause);
    }

    static int code(Throwable e) {
        boolean userFixes = e instanceof BadInputException || e instanceof NoArchiveException
                || e instanceof AccessDeniedException || e instanceof NoSuchFileException
                || e instanceof NotDirectoryException || e instanceof FileAlreadyExistsException;
        return userFixes ? USAGE : FAILED;
    }

    /** The failure in words: ours as they are, the file system's with the file and what happened. */
    static String message(Throwable e) {
        if (e instanceof BadInputException || e instanceof NoArchiveException) {
            return e.getMessage();
        }
        if (e instanceof FileSystemException f) {
            String file = f.getFile() == null ? "a file" : f.getFile();
            if (e instanceof AccessDeniedException) {
                return file + ": permission denied; make it readable and writable for refkeeper, or name another";
            }
            if (e instanceof NoSuchFileException) {
                return file + ": no such file or folder";
            }
            if (e instanceof NotDirectoryException) {
                return file + ": not a folder";
            }
            if (e instanceof FileAlreadyExistsException) {
                return file + ": already exists (as a file, where a folder is needed?)";
            }
            if (e instanceof DirectoryNotEmptyException) {
                return file + ": the folder is not empty";
            }
            return file + ": " + (f.getReason() == null ? "the file system refused" : f.getReason());
        }
        if (e instanceof IOException) {
            return e.getMessage() == null || e.getMessage().isBlank() ? "an input or output error" : e.getMessage();
        }
        if (e instanceof OutOfMemoryError) {
            return "ran out of memory; give Java more (JAVA_TOOL_OPTIONS=-Xmx4g) or check fewer sources at once";
        }
        return BUG;
    }
}
