/**
 * {@code scripts/bench history}: history at scale. {@link org.refkeeper.bench.history.HistoryBench} builds archives
 * of 1,000 and 10,000 sources with the real run engine ({@link org.refkeeper.run.CaptureRun}) fed by a generated
 * web instead of Chromium ({@link org.refkeeper.bench.history.GeneratedWeb}), so that what it times is what
 * refkeeper writes: bundles, index, sources, run reports, REPORT.md, one git commit per run. Then it times the
 * reading commands, the web UI's list page and a run's commit on them. Writes nothing outside
 * {@code target/bench/history}.
 */
package org.refkeeper.bench.history;
