package org.refkeeper.sources;

import org.refkeeper.citations.Citation;

/** A link found in a note that refkeeper does not archive (mailto:, relative link, ...), and why. */
public record Skipped(String url, Citation citation, String reason) {
}
