package org.refkeeper.publish;

import java.time.Instant;
import java.util.Optional;

/**
 * What the links file says about one cited URL (DESIGN.md, "publish --data").
 *
 * @param source      the source's id
 * @param url         its canonical URL
 * @param state       its state after the latest run
 * @param since       when its last transition happened
 * @param citedTitle  the title the note gives it where it is cited this way
 * @param liveTitle   the title its page had at the last good capture
 * @param archived    its last good capture's copy, relative to the site's root; absent when not published
 * @param archivedUrl the same under {@code --base-url}; absent without one
 * @param capturedAt  when that capture was taken
 */
record LinkEntry(String source, String url, String state, Optional<Instant> since, String citedTitle,
                 String liveTitle, Optional<String> archived, Optional<String> archivedUrl,
                 Optional<Instant> capturedAt) {
}
