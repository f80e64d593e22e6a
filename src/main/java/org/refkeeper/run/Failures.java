package org.refkeeper.run;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Why refkeeper failed on a source, in words for its run report: what it was doing, and what went wrong as far as
 * a user can act on it. Java's own texts (class names, "Cannot invoke ...") stay out.
 */
final class Failures {
    private Failures() {
    }

    /** @param doing what refkeeper was doing, e.g. "capturing", "writing its files" */
    static String describe(Throwable t, String doing) {
        return "refkeeper failed " + doing + ": " + what(t);
    }

    private static String what(Throwable t) {
        if (t instanceof StackOverflowError) {
            return "the page nests too deeply to read (stack overflow)";
        }
        if (t instanceof OutOfMemoryError) {
            return "out of memory (" + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                    + " MB heap; set REFKEEPER_HEAP, e.g. REFKEEPER_HEAP=4g, to give it more)";
        }
        Throwable cause = t instanceof UncheckedIOException u ? u.getCause() : t;
        if (cause instanceof IOException && cause.getMessage() != null && !cause.getMessage().isBlank()) {
            // our own messages: they name the file or URL and say what happened
            return cause.getMessage().lines().findFirst().orElse("");
        }
        return "an internal error; please report it with the source's URL";
    }
}
