package org.refkeeper.wacz;

import java.time.Instant;
import java.util.Optional;

/**
 * A page a WACZ lists in {@code pages/pages.jsonl} (or Browsertrix's {@code pages/extraPages.jsonl}).
 *
 * @param id    the page's id, which Browsertrix also writes on every record of the page (WARC-Page-ID)
 * @param ts    when it was captured; empty when the line has no usable date
 */
public record ListedPage(String url, Optional<Instant> ts, Optional<String> id, Optional<String> title) {
}
