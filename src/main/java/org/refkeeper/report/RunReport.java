package org.refkeeper.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.refkeeper.verdict.State;

import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code runs/<run-id>.json}: one run. The commit is empty in the file (a file cannot name the commit that
 * holds it) and filled in when the run is read back or printed.
 *
 * @param sources   every source this run checked
 * @param recovered what runs that ended before they could commit (killed, crashed) found and this run commits:
 *                  one entry for each source such a run found new, changed, vanished or otherwise moved
 */
public record RunReport(String run, Instant started, Instant finished, Optional<String> commit,
                        Map<State, Integer> counts, List<RunEntry> sources,
                        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<RunEntry> recovered) {
    public RunReport {
        commit = commit == null ? Optional.empty() : commit;
        counts = new LinkedHashMap<>(counts);
        sources = List.copyOf(sources);
        recovered = recovered == null ? List.of() : List.copyOf(recovered);
    }

    /** A run that recovered nothing. */
    public RunReport(String run, Instant started, Instant finished, Optional<String> commit,
                     Map<State, Integer> counts, List<RunEntry> sources) {
        this(run, started, finished, commit, counts, sources, List.of());
    }

    public RunReport withCommit(String sha) {
        return new RunReport(run, started, finished, Optional.of(sha), counts, sources, recovered);
    }

    public int count(State state) {
        return counts.getOrDefault(state, 0);
    }

    /** Every entry this run reports: its own checks, then what it recovered. */
    public Stream<RunEntry> allEntries() {
        return Stream.concat(sources.stream(), recovered.stream());
    }

    /**
     * "2 new, 1 changed, 30 unchanged" in the order of the states, zero counts left out; then what it recovered,
     * "; found by an interrupted run: 1 changed".
     */
    public String summary() {
        String own = summary(counts);
        if (recovered.isEmpty()) {
            return own;
        }
        Map<State, Integer> found = new EnumMap<>(State.class);
        recovered.forEach(e -> found.merge(e.state(), 1, Integer::sum));
        return own + "; found by an interrupted run: " + summary(found);
    }

    private static String summary(Map<State, Integer> counts) {
        StringBuilder s = new StringBuilder();
        counts.forEach((state, n) -> {
            if (n > 0) {
                s.append(s.isEmpty() ? "" : ", ").append(n).append(' ').append(state.label());
            }
        });
        return s.isEmpty() ? "no sources" : s.toString();
    }
}
