package org.refkeeper.verify;

/**
 * One thing {@code verify} found wrong.
 *
 * @param where   a file of the archive, relative to it, with {@code @offset} for a record or {@code :line} for an
 *                index line; {@code .git} for the repository
 * @param message what is wrong there
 */
public record VerifyProblem(String where, String message) {
    @Override
    public String toString() {
        return where + ": " + message;
    }
}
