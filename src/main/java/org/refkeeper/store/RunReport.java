package org.refkeeper.store;

import org.refkeeper.verdict.State;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code runs/<run-id>.json}: one run. The commit is empty in the file (a file cannot name the commit that
 * holds it) and filled in when the run is read back or printed.
 */
public record RunReport(String run, Instant started, Instant finished, Optional<String> commit,
                        Map<State, Integer> counts, List<RunEntry> sources) {
    public RunReport {
        commit = commit == null ? Optional.empty() : commit;
        counts = new LinkedHashMap<>(counts);
        sources = List.copyOf(sources);
    }

    public RunReport withCommit(String sha) {
        return new RunReport(run, started, finished, Optional.of(sha), counts, sources);
    }

    public int count(State state) {
        return counts.getOrDefault(state, 0);
    }

    /** "2 new, 1 changed, 30 unchanged" in the order of the states, zero counts left out. */
    public String summary() {
        StringBuilder s = new StringBuilder();
        counts.forEach((state, n) -> {
            if (n > 0) {
                s.append(s.isEmpty() ? "" : ", ").append(n).append(' ').append(state.label());
            }
        });
        return s.isEmpty() ? "no sources" : s.toString();
    }
}
