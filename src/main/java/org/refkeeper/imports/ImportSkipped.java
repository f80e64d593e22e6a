package org.refkeeper.imports;

/** A page of an imported file that did not become a source, and why. */
public record ImportSkipped(String file, String url, String reason) {
    @Override
    public String toString() {
        return file + ": " + url + ": " + reason;
    }
}
