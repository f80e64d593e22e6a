package org.refkeeper.bench.history;

import org.refkeeper.notes.Notes;
import org.refkeeper.sources.References;
import org.refkeeper.report.RunEntry;
import org.refkeeper.run.CaptureRun;
import org.refkeeper.run.RunListener;
import org.refkeeper.run.RunPlan;
import org.refkeeper.run.Selection;
import org.refkeeper.store.ArchiveStore;
import org.refkeeper.testing.StepClock;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds an archive the way periodic runs do: one run over every source (all new), then one run a day for
 * {@code runs} days while the generated web changes under it. Each is a real run of the engine, with its own
 * run report, REPORT.md and commit.
 */
final class ArchiveBuilder {
    static final Instant START = Instant.parse("2026-01-01T06:00:00Z");
    private static final int PER_NOTE = 10;
    private static final double CHANGED = 0.03;
    private static final double VANISHED = 0.005;
    private static final double BACK = 0.3;

    private ArchiveBuilder() {
    }

    static BuiltArchive build(Path dir, int size, int runs, int workers) throws IOException {
        Path notes = dir.resolve("notes");
        Path root = dir.resolve("archive");
        writeNotes(notes, size);
        StepClock clock = new StepClock(START);
        GeneratedWeb web = new GeneratedWeb(size, clock);
        List<Long> runMillis = new ArrayList<>();
        List<Long> endMillis = new ArrayList<>();
        List<Long> cpuMillis = new ArrayList<>();
        int[] total = new int[3];
        for (int day = 0; day <= runs; day++) {
            if (day > 0) {
                int[] edits = web.evolve(CHANGED, VANISHED, BACK);
                for (int k = 0; k < 3; k++) {
                    total[k] += edits[k];
                }
            }
            clock.day(day);
            long[] lastJudged = new long[1];
            RunListener listener = new RunListener() {
                @Override
                public void judged(RunEntry entry, int done, int all) {
                    if (done == all) {
                        lastJudged[0] = System.nanoTime();
                    }
                }
            };
            long c0 = Timed.cpuNanos();
            long t0 = System.nanoTime();
            try (ArchiveStore store = ArchiveStore.openForWriting(root, clock)) {
                References refs = Notes.scan(List.of(notes));
                if (day == 0) {
                    CaptureRun.recordNotes(store, List.of(notes), refs, Selection.ALL);
                }
                new CaptureRun(store, refs, () -> web, RunPlan.once(workers, 0), listener, clock).call();
            }
            long t1 = System.nanoTime();
            runMillis.add((t1 - t0) / 1_000_000);
            cpuMillis.add((Timed.cpuNanos() - c0) / 1_000_000);
            endMillis.add((t1 - lastJudged[0]) / 1_000_000);
            System.err.printf("bench history %s: %,d sources, run %d of %d: %,d ms, CPU %,d ms (end of run %,d ms)%n", java.time.LocalTime.now(), size,
                    day, runs, runMillis.get(day), cpuMillis.get(day), endMillis.get(day));
        }
        String edits = String.format("%,d edits, %,d deletions, %,d returns over %d runs", total[0], total[1], total[2], runs);
        return new BuiltArchive(size, root, GeneratedWeb.url(size, web.busiest()), runMillis, cpuMillis, endMillis, edits);
    }

    /** Notes of ten citations each, as a blog cites: a titled link per line. */
    private static void writeNotes(Path notes, int size) throws IOException {
        Files.createDirectories(notes);
        for (int n = 0; n * PER_NOTE < size; n++) {
            StringBuilder md = new StringBuilder("# Note " + n + "\n\nWhat I read this week:\n\n");
            for (int i = n * PER_NOTE; i < Math.min(size, (n + 1) * PER_NOTE); i++) {
                md.append("- [").append(GeneratedWeb.title(i)).append("](").append(GeneratedWeb.url(size, i)).append(")\n");
            }
            Files.writeString(notes.resolve("note-" + n + ".md"), md);
        }
    }
}
