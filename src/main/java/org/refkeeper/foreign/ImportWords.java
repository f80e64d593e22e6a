package org.refkeeper.foreign;

import java.io.IOException;
import java.nio.file.Path;

/** Why a file could not be read, in words: the reader's own message without the file name, never Java's. */
final class ImportWords {
    private ImportWords() {
    }

    static String of(Path file, IOException e) {
        String message = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
        String prefix = file + ": ";
        if (message.startsWith(prefix)) {
            return message.substring(prefix.length());
        }
        return e instanceof java.util.zip.ZipException || e.getClass().getPackageName().contains("compress")
                ? "its zip structure cannot be read" : "it cannot be read";
    }
}
