package org.refkeeper.run;

import org.refkeeper.report.RunReport;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which sources a run checks in full although a quick check could do: every source once in every {@code every}
 * runs that check it, so that a picture swapped behind an unchanged address is found within that many runs. Each
 * source has its own turn (from its id), so a big archive spreads its full checks over the runs instead of paying
 * for all of them in one.
 */
final class FullChecks {
    private final int every;
    private final Map<String, Integer> checked;

    private FullChecks(int every, Map<String, Integer> checked) {
        this.every = every;
        this.checked = checked;
    }

    /** @param runs the archive's run reports: how many runs checked each source so far */
    static FullChecks of(List<RunReport> runs, int every) {
        Map<String, Integer> checked = new HashMap<>();
        if (every > 1) {
            runs.forEach(r -> r.sources().forEach(e -> checked.merge(e.id(), 1, Integer::sum)));
        }
        return new FullChecks(every, checked);
    }

    /** Whether this run owes the source a full check. */
    boolean due(String id) {
        // String.hashCode is fixed by the language, so a source keeps its turn from one run to the next
        return every <= 1 || Math.floorMod(checked.getOrDefault(id, 0) + id.hashCode(), every) == 0;
    }
}
