package org.refkeeper.run;


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

    /** @param checked by source id, how many runs checked it so far */
    static FullChecks of(Map<String, Integer> checked, int every) {
        return new FullChecks(every, Map.copyOf(checked));
    }

    /** Whether this run owes the source a full check. */
    boolean due(String id) {
        // String.hashCode is fixed by the language, so a source keeps its turn from one run to the next
        return every <= 1 || Math.floorMod(checked.getOrDefault(id, 0) + id.hashCode(), every) == 0;
    }
}
