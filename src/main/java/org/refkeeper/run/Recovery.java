package org.refkeeper.run;

import org.refkeeper.store.ArchiveStore;
import org.refkeeper.report.RunEntry;
import org.refkeeper.report.SourceChange;
import org.refkeeper.report.SourceRecord;
import org.refkeeper.verdict.State;
import org.refkeeper.verdict.Verdicts;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A crash hides nothing: what runs that ended before they could commit found, as lines of the run report of the
 * run that commits it. The folder itself is the record: each source a dead run judged has its source.json written
 * (whole, and last of its files), so the difference between that file and the last commit says what moved: new
 * captures are a change (or a first capture, or a return), a new state is a disappearance, a wall, an outage. What
 * no commit should hold is cleared away first.
 */
final class Recovery {
    private Recovery() {
    }

    /** Clears what the dead runs left half-done, and returns what they found, each finding once. */
    static List<RunEntry> recover(ArchiveStore store) throws IOException {
        store.leftovers().discard();
        List<RunEntry> found = new ArrayList<>();
        for (SourceChange change : store.leftovers().sources()) {
            found.addAll(findings(change));
        }
        return found;
    }

    /** What one source's change says was found: a new capture, a new state, or both. */
    static List<RunEntry> findings(SourceChange change) {
        SourceRecord now = change.now();
        Optional<SourceRecord> before = change.committed();
        Optional<State> was = before.map(SourceRecord::state);
        List<String> added = new ArrayList<>(now.captures());
        before.ifPresent(b -> added.removeAll(b.captures()));
        List<RunEntry> out = new ArrayList<>();
        if (!added.isEmpty()) {
            boolean back = was.filter(s -> s == State.VANISHED).isPresent();
            State state = before.flatMap(SourceRecord::lastGood).isEmpty() || back ? State.NEW : State.CHANGED;
            String reason = now.state() == state ? now.reason() : state == State.NEW ? "first good capture" : "main text differs";
            out.add(entry(now, state, was, reason, back, Optional.of(added.get(added.size() - 1))));
        }
        // a good state after a new capture is that capture's finding, told above
        boolean otherState = was.map(s -> s != now.state()).orElse(true) && !(now.state().good() && !added.isEmpty());
        if (otherState) {
            out.add(entry(now, now.state(), was, now.reason(), false, Optional.empty()));
        }
        return out.stream().filter(RunEntry::isNews).toList();
    }

    private static RunEntry entry(SourceRecord s, State state, Optional<State> was, String reason, boolean back,
                                  Optional<String> bundle) {
        boolean differs = !s.liveTitle().isBlank() && !s.citedTitles().isEmpty() && Verdicts.titleDiffers(s.title(), s.liveTitle());
        int status = state.good() ? s.lastGood().map(g -> g.httpStatus()).orElse(0) : 0;
        return new RunEntry(s.id(), s.url(), s.title(), state, was, status,
                reason, back, s.movedTo(), bundle, s.liveTitle(), differs);
    }
}
