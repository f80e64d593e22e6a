package org.refkeeper.run;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refkeeper.sources.Reference;
import org.refkeeper.sources.References;
import org.refkeeper.page.Capture;
import org.refkeeper.page.Glance;
import org.refkeeper.report.RunEntry;
import org.refkeeper.report.RunReport;
import org.refkeeper.store.ArchiveStore;
import org.refkeeper.testing.PaperWeb;
import org.refkeeper.testing.StepClock;
import org.refkeeper.verdict.State;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each source gets its full check once in every {@code fullCheckEvery} runs, counted from the last commit's snapshot:
 * a run does not read the archive's whole history of run reports to know whose turn it is.
 */
class FullCheckTurnsTest {
    private static final int EVERY = 3;

    @TempDir
    Path root;

    @Test
    void everySourceIsCheckedInFullOnceInEveryThreeRunsWithoutRereadingOldReports() throws Exception {
        StepClock clock = new StepClock(Instant.parse("2027-03-01T06:00:00Z"));
        PaperWeb web = new PaperWeb(clock);
        List<Reference> refs = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String url = "https://blog" + i + ".example.org/post.html";
            web.article(url, "Post " + i, "The words of post " + i + ", which never change.");
            refs.add(PaperWeb.cited(url, "Post " + i, "notes/a.md", i + 1));
        }
        Map<String, Integer> owed = new HashMap<>();
        Capturer glancing = new Capturer() {
            @Override
            public Capture capture(String url) throws java.io.IOException {
                return web.capture(url);
            }

            @Override
            public Capture capture(String url, Glance glance) throws java.io.IOException {
                Capture page = web.capture(url);
                if (glance == Glance.NONE) {
                    owed.merge(url, 1, Integer::sum);
                    return page;
                }
                glance.settles(page); // a quick check: the run reads its answer from the glance
                return page;
            }

            @Override
            public void close() {
            }
        };
        Files.writeString(root.resolve("refkeeper.json"), "{\"fullCheckEvery\": " + EVERY + "}");
        run(refs, glancing, clock); // first captures: full, and not counted as owed turns below
        owed.clear();
        for (int n = 0; n < 2 * EVERY; n++) {
            if (n == EVERY) {
                // what a run needs of the past is in the last commit's snapshot: the old reports are not read again
                try (Stream<Path> reports = Files.list(root.resolve("runs"))) {
                    for (Path report : reports.toList()) {
                        Files.writeString(report, "{ not a report");
                    }
                }
            }
            RunReport report = run(refs, glancing, clock);
            assertTrue(report.sources().stream().map(RunEntry::state).allMatch(s -> s == State.UNCHANGED),
                    report.sources().toString());
            assertTrue(report.sources().stream().noneMatch(RunEntry::isNews), report.sources().toString());
        }
        for (Reference ref : refs) {
            assertEquals(2, owed.getOrDefault(ref.url(), 0), ref.url() + " in " + owed);
        }
    }

    private RunReport run(List<Reference> refs, Capturer capturer, StepClock clock) throws Exception {
        clock.day(clock.day() + 1);
        try (ArchiveStore store = ArchiveStore.openForWriting(root, clock)) {
            return new CaptureRun(store, new References(refs, List.of()), () -> capturer,
                    new RunPlan(1, 0, Retries.NONE, Selection.ALL, EVERY), RunListener.NONE, clock).call();
        }
    }
}
