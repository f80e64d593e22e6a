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

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code status} from the one-file snapshot is the status the folder itself gives, and a snapshot that is missing,
 * damaged, left from an older commit, or outrun by a writer at work (or dead) is not believed.
 */
class HeadSnapshotTest {
    private static final Instant T = Instant.parse("2026-11-01T06:00:00Z");

    @TempDir
    Path dir;

    @Test
    void aSnapshotIsBelievedOnlyWhileTheFolderIsAsItsCommitLeftIt() throws Exception {
        run("20261101T060000Z", 0, State.NEW, State.NEW);
        Path snapshot = dir.resolve(HeadSnapshot.FILE);
        assertTrue(Files.isRegularFile(snapshot), "the run's commit left a snapshot");
        assertEquals(List.of(State.NEW, State.NEW), states());
        byte[] old = Files.readAllBytes(snapshot);

        run("20261102T060000Z", 1, State.CHANGED, State.VANISHED);
        assertEquals(List.of(State.CHANGED, State.VANISHED), states());
        Files.write(snapshot, old); // left from the commit before
        assertEquals(List.of(State.CHANGED, State.VANISHED), states(), "a snapshot of another commit is not believed");
        Files.writeString(snapshot, "{\"head\": \"damaged");
        assertEquals(List.of(State.CHANGED, State.VANISHED), states(), "a damaged snapshot is not believed");
        Files.delete(snapshot);
        assertEquals(List.of(State.CHANGED, State.VANISHED), states(), "a missing one is made again");
        assertTrue(Files.readString(snapshot).contains("\"vanished\""), "by the reader that read the folder");

        try (ArchiveStore store = ArchiveStore.openForWriting(dir)) {
            store.saveSource(source("b", State.BLOCKED)); // a run that dies before its commit
            store.saveRun(new RunReport("20261103T060000Z", T.plusSeconds(2 * 86400), T.plusSeconds(2 * 86400),
                    Optional.empty(), Map.of(), List.of(entry("b", State.BLOCKED))));
        }
        assertEquals(List.of(State.CHANGED, State.BLOCKED), states(), "what the folder holds now, as before snapshots");
    }

    private List<State> states() throws Exception {
        try (ArchiveStore store = ArchiveStore.openForReading(dir)) {
            return new ArchiveHistory(store).status().stream().map(SourceStatus::state).toList();
        }
    }

    private void run(String id, int day, State a, State b) throws Exception {
        try (ArchiveStore store = ArchiveStore.openForWriting(dir)) {
            store.saveSource(source("a", a));
            store.saveSource(source("b", b));
            Instant at = T.plusSeconds(day * 86400L);
            store.saveRun(new RunReport(id, at, at, Optional.empty(), Map.of(), List.of(entry("a", a), entry("b", b))));
            store.sources(); // as a run does for REPORT.md
            store.commit("run " + id + ": test");
        }
    }

    private static SourceRecord source(String id, State state) {
        String url = "https://example.org/" + id;
        return new SourceRecord("example.org/" + id, url, List.of(new Citation("n.md", 1, id, "", url)), state, T,
                state.label(), "", Optional.empty(), Optional.empty(), List.of());
    }

    private static RunEntry entry(String id, State state) {
        return new RunEntry("example.org/" + id, "https://example.org/" + id, id, state, Optional.empty(), 200,
                state.label(), false, Optional.empty(), Optional.empty(), "", false);
    }
}
