package org.refkeeper.report;

import org.refkeeper.citations.Citation;
import org.refkeeper.verdict.State;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * {@code sources/<host>/<slug>/source.json}: what the archive knows of one source. It changes only when the
 * source does (a transition, new citations, a new capture), never merely because a run checked it; when each
 * run checked it lives in {@code runs/}.
 *
 * @param state    the state of the last transition (an {@code unchanged} check after a good one is no transition)
 * @param since    when that state began
 * @param reason   why, as the verdict said
 * @param captures every bundle kept for this source, oldest first
 */
public record SourceRecord(String id, String url, List<Citation> citations, State state, Instant since,
                           String reason, String liveTitle, Optional<String> movedTo,
                           Optional<GoodCapture> lastGood, List<String> captures) {
    public SourceRecord {
        citations = List.copyOf(citations);
        captures = List.copyOf(captures);
        movedTo = movedTo == null ? Optional.empty() : movedTo;
        lastGood = lastGood == null ? Optional.empty() : lastGood;
        liveTitle = liveTitle == null ? "" : liveTitle;
        reason = reason == null ? "" : reason;
    }

    /** The first title the notes give, or the live title when no note gives one. */
    public String title() {
        return citations.stream().map(Citation::title).filter(t -> !t.isBlank()).findFirst().orElse(liveTitle);
    }

    /** The distinct titles the notes give this source. */
    public List<String> citedTitles() {
        return citations.stream().map(Citation::title).filter(t -> !t.isBlank()).distinct().toList();
    }
}
