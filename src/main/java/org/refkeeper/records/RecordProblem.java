package org.refkeeper.records;

/**
 * Something wrong with one record of a file being imported, in words: what was wrong and what refkeeper did.
 *
 * @param source the file, as messages name it
 * @param offset where the record starts in the file; -1 for a problem of a whole entry of a WACZ
 */
public record RecordProblem(String source, long offset, String message) {
    @Override
    public String toString() {
        return source + (offset < 0 ? "" : ": at byte " + offset) + ": " + message;
    }
}
