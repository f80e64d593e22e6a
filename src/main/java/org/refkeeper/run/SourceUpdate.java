package org.refkeeper.run;

import org.refkeeper.citations.Citation;
import org.refkeeper.report.GoodCapture;
import org.refkeeper.report.SourceRecord;
import org.refkeeper.verdict.Assessment;
import org.refkeeper.verdict.State;
import org.refkeeper.verdict.Verdict;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The new source.json for a source after a check: pure. A record changes only when the source does, so an
 * {@code unchanged} check (or a second {@code blocked} in a row) leaves the file byte-identical.
 */
final class SourceUpdate {
    private SourceUpdate() {
    }

    static SourceRecord apply(Optional<SourceRecord> old, String id, String url, List<Citation> citations,
                              Instant checked, Assessment a, Verdict v, Optional<String> newBundle, String finalUrl) {
        // whole seconds, as in the bundles' WARC-Date and the index
        Instant checkedAt = checked.truncatedTo(ChronoUnit.SECONDS);
        boolean transition = old.map(o -> isTransition(o.state(), v.state())).orElse(true);
        State state = transition ? v.state() : old.get().state();
        Instant since = transition ? checkedAt : old.get().since();
        String reason = transition ? v.reason() : old.get().reason();
        String liveTitle = v.state().good() && !a.title().isBlank() ? a.title() : old.map(SourceRecord::liveTitle).orElse("");
        Optional<String> movedTo = v.movedTo().isPresent() || v.state().good() ? v.movedTo()
                : old.flatMap(SourceRecord::movedTo);
        Optional<GoodCapture> lastGood = newBundle
                .map(b -> new GoodCapture(checkedAt, b, a.fingerprint(), a.httpStatus(), finalUrl))
                .or(() -> old.flatMap(SourceRecord::lastGood));
        List<String> captures = new ArrayList<>(old.map(SourceRecord::captures).orElse(List.of()));
        newBundle.ifPresent(captures::add);
        return new SourceRecord(id, url, citations, state, since, reason, liveTitle, movedTo, lastGood, captures);
    }

    /** An unchanged good check, or the same bad state again, is no transition. */
    static boolean isTransition(State before, State now) {
        if (now == State.UNCHANGED && before.good()) {
            return false;
        }
        return now != before || now == State.CHANGED;
    }
}
