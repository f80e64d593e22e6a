package org.refkeeper.run;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refkeeper.page.Capture;
import org.refkeeper.history.ArchiveHistory;
import org.refkeeper.history.SourceHistory;
import org.refkeeper.history.Transition;
import org.refkeeper.sources.CanonicalUrl;
import org.refkeeper.citations.Citation;
import org.refkeeper.sources.Reference;
import org.refkeeper.sources.References;
import org.refkeeper.sources.SourceId;
import org.refkeeper.report.RunReport;
import org.refkeeper.store.ArchiveStore;
import org.refkeeper.store.CommitInfo;
import org.refkeeper.testing.StepClock;
import org.refkeeper.testing.TestCaptures;
import org.refkeeper.verdict.State;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A year of weekly runs without a browser or a real clock: a post is written, edited twice, then deleted. The run
 * ids, the commit dates and the history all follow the clock the run was given.
 */
class PeriodicRunsTest {
    private static final String URL = "https://blog.example.org/posts/a-year.html";
    private static final Instant NEW_YEAR = Instant.parse("2027-01-01T06:00:00Z");

    @TempDir
    Path root;

    @Test
    void aYearOfWeeklyRunsFollowsTheClockIntoHistory() throws Exception {
        StepClock clock = new StepClock(NEW_YEAR);
        Capturer site = new Capturer() {
            @Override
            public Capture capture(String url) {
                int day = clock.day();
                if (day >= 300) {
                    return page(url, 410, "Gone", "This post was removed.");
                }
                return page(url, 200, "A year", day < 100 ? "The first words of the post, written on the first day"
                        + " of the year." : day < 200 ? "Edited in April: the words are new." : "Edited again in July.");
            }

            private Capture page(String url, int status, String title, String text) {
                byte[] html = TestCaptures.html(title, text);
                return new Capture(url, url, List.of(url), status, clock.instant(),
                        List.of(TestCaptures.get(url, status, "text/html", html, clock.instant())), new byte[0],
                        new String(html, StandardCharsets.UTF_8), Optional.empty());
            }

            @Override
            public void close() {
            }
        };
        Reference ref = new Reference(URL, SourceId.of(CanonicalUrl.of(URL)),
                List.of(new Citation("notes/year.md", 3, "A year", "", URL)));
        List<RunReport> runs = new ArrayList<>();
        for (int day = 0; day < 365; day += 7) {
            clock.day(day);
            try (ArchiveStore store = ArchiveStore.openForWriting(root, clock)) {
                runs.add(new CaptureRun(store, new References(List.of(ref), List.of()), () -> site, 1, 0,
                        RunListener.NONE, clock).call());
            }
        }

        assertEquals("20270101T060000Z", runs.get(0).run());
        assertEquals("20271231T060000Z", runs.get(52).run());
        try (ArchiveStore store = ArchiveStore.openForReading(root)) {
            List<CommitInfo> commits = store.log().commits();
            assertEquals(53, commits.size());
            assertEquals(NEW_YEAR.plus(Duration.ofDays(364)), commits.get(0).time(), "the newest commit is dated by the clock");
            SourceHistory history = new ArchiveHistory(store).history(URL);
            assertEquals(List.of(State.NEW, State.CHANGED, State.CHANGED, State.VANISHED),
                    history.transitions().stream().map(Transition::state).toList());
            // weekly runs: the first run on or after day 100, 200, 300 sees each change
            assertEquals(List.of(0, 105, 203, 301), history.transitions().stream()
                    .map(t -> (int) Duration.between(NEW_YEAR, t.at()).toDays()).toList());
        }
    }
}
