package org.refkeeper.wacz;

import java.time.Instant;
import java.util.Optional;

/** One entry of a WACZ's {@code pages/pages.jsonl}: where a reader starts browsing. */
public record WaczPage(String url, Instant ts, Optional<String> title, Optional<String> text) {
}
