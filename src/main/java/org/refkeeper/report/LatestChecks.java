package org.refkeeper.report;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * What the run reports say of some sources now: the latest entry each has, and when a run last checked each.
 *
 * @param entries by source id
 * @param checked by source id: the start of the latest run that checked it (a recovered finding is no check)
 */
public record LatestChecks(Map<String, RunEntry> entries, Map<String, Instant> checked) {
    public LatestChecks {
        entries = Map.copyOf(entries);
        checked = Map.copyOf(checked);
    }

    public Optional<RunEntry> entry(String id) {
        return Optional.ofNullable(entries.get(id));
    }

    public Optional<Instant> checked(String id) {
        return Optional.ofNullable(checked.get(id));
    }
}
