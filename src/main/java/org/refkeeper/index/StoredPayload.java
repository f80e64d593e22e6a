package org.refkeeper.index;

import java.time.Instant;

/** Where a payload was first stored in full: what a revisit record refers to. */
public record StoredPayload(String url, Instant date) {
}
