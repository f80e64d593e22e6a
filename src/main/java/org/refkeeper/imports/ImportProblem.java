package org.refkeeper.imports;

/**
 * A record of an imported file that was skipped or read with a repair, in words.
 *
 * @param offset where the record starts in the file (for a gzip file, where its gzip member starts); -1 for a
 *               problem of a whole entry of a WACZ, which {@code file} names
 */
public record ImportProblem(String file, long offset, String message) {
    @Override
    public String toString() {
        return file + (offset < 0 ? "" : ": at byte " + offset) + ": " + message;
    }
}
