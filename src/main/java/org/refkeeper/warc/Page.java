package org.refkeeper.warc;

import java.time.Instant;
import java.util.Optional;

/** One entry of a WACZ's {@code pages/pages.jsonl}: where a reader starts browsing. */
public record Page(String url, Instant ts, Optional<String> title, Optional<String> text) {
}
