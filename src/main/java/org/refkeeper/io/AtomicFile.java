package org.refkeeper.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Writes that land whole or not at all: a temporary file in the same folder, then a move. A run killed at any
 * moment leaves either the old file or the new one, never half of one.
 */
public final class AtomicFile {
    /** Fills the temporary file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Path temp) throws IOException;
    }

    private AtomicFile() {
    }

    public static void write(Path target, Content content) throws IOException {
        try (PendingFile file = PendingFile.create(target)) {
            content.writeTo(file.temp());
            file.commit();
        }
    }

    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, tmp -> Files.write(tmp, bytes));
    }

    public static void write(Path target, String text) throws IOException {
        write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes only when the content differs, so unchanged files keep their bytes and their mtime. */
    public static boolean writeIfChanged(Path target, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), bytes)) {
            return false;
        }
        write(target, bytes);
        return true;
    }
}
