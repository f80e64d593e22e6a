package org.refkeeper.store;

import org.refkeeper.report.RunEntry;
import org.refkeeper.report.RunReport;
import org.refkeeper.report.SourceRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refkeeper.history.ArchiveHistory;
import org.refkeeper.history.SourceStatus;
import org.refkeeper.citations.Citation;
import org.refkeeper.verdict.State;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@code status} reads the newest run reports only as far back as it must, and says what reading them all says. */
class LatestChecksTest {
    private static final Instant T = Instant.parse("2026-11-01T06:00:00Z");

    @TempDir
    Path dir;

    @Test
    void eachSourceHasTheStateOfTheNewestRunThatReportedIt() throws Exception {
        try (ArchiveStore store = ArchiveStore.openForWriting(dir)) {
            for (String id : List.of("a", "b", "c")) {
                store.saveSource(new SourceRecord("example.org/" + id, "https://example.org/" + id,
                        List.of(new Citation("n.md", 1, id, "", "https://example.org/" + id)), State.NEW, T, "", "",
                        Optional.empty(), Optional.empty(), List.of()));
            }
            store.saveRun(run("20261101T060000Z", 0, List.of(entry("a", State.NEW), entry("b", State.NEW), entry("c", State.NEW)), List.of()));
            // --only b: a and c keep what the first run said
            store.saveRun(run("20261102T060000Z", 1, List.of(entry("b", State.VANISHED)), List.of()));
            // two runs in one second: -10 comes after -9 and -2, whatever the file names' order
            store.saveRun(run("20261103T060000Z-2", 2, List.of(entry("c", State.BLOCKED)), List.of()));
            store.saveRun(run("20261103T060000Z-10", 3, List.of(entry("c", State.UNREACHABLE)), List.of()));
            // what a dead run found, committed by a run that checked only b: a's state, but no check of a
            store.saveRun(run("20261104T060000Z", 4, List.of(entry("b", State.NEW)), List.of(entry("a", State.CHANGED))));
            store.commit("runs");

            Map<String, SourceStatus> status = new java.util.TreeMap<>();
            new ArchiveHistory(store).status().forEach(s -> status.put(s.id().substring("example.org/".length()), s));
            assertEquals(State.CHANGED, status.get("a").state());
            assertEquals(Optional.of(T), status.get("a").lastChecked(), "a recovered finding is no check");
            assertEquals(State.NEW, status.get("b").state());
            assertEquals(Optional.of(T.plus(java.time.Duration.ofDays(4))), status.get("b").lastChecked());
            assertEquals(State.UNREACHABLE, status.get("c").state());
            assertEquals(State.UNREACHABLE, new ArchiveHistory(store).statusOf("https://example.org/c").state());
        }
    }

    private static RunReport run(String id, int day, List<RunEntry> sources, List<RunEntry> recovered) {
        Instant at = T.plus(java.time.Duration.ofDays(day));
        return new RunReport(id, at, at, Optional.empty(), Map.of(), sources, recovered);
    }

    private static RunEntry entry(String id, State state) {
        return new RunEntry("example.org/" + id, "https://example.org/" + id, id, state, Optional.empty(), 200,
                state.label(), false, Optional.empty(), Optional.empty(), "", false);
    }
}
