package org.refkeeper.history;

import org.refkeeper.citations.Citation;
import org.refkeeper.verdict.State;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One source as {@code status} shows it: its state after the latest run, and what the archive keeps of it.
 *
 * @param since when the source's last transition happened (the state it went into may since have been
 *              confirmed by runs that found it unchanged); empty in archives that did not record it
 */
public record SourceStatus(String id, String url, String finalUrl, String title, String liveTitle, State state,
                           String reason, Optional<Instant> lastChecked, Optional<Instant> lastGoodCapture,
                           int captures, Optional<String> movedTo, boolean titleDiffers, List<Citation> citations,
                           Optional<Instant> since) {
    public SourceStatus {
        citations = List.copyOf(citations);
    }
}
