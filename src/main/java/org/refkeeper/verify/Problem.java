package org.refkeeper.verify;

import java.nio.file.Path;

/** Something wrong in a stored file: a digest that does not match, a record missing where the index says. */
public record Problem(Path file, long offset, String message) {
    @Override
    public String toString() {
        return file + "@" + offset + ": " + message;
    }
}
