package org.refkeeper.bench.history;

import java.nio.file.Path;
import java.util.List;

/**
 * An archive the bench built, and what building it took.
 *
 * @param busiest   the source that changed most often: the subject of {@code log} and {@code diff}
 * @param runMillis wall time of each run, the first (every source new) first
 * @param runCpuMillis CPU time of this JVM during each run
 * @param endMillis of each run, the time from its last source judged to its commit done: the run report,
 *                  REPORT.md and the commit
 */
record BuiltArchive(int size, Path root, String busiest, List<Long> runMillis, List<Long> runCpuMillis, List<Long> endMillis, String edits) {
}
