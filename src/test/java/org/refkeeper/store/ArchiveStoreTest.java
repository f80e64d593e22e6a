package org.refkeeper.store;

import org.refkeeper.folder.Layout;
import org.refkeeper.folder.NoArchiveException;
import org.refkeeper.report.RunEntry;
import org.refkeeper.report.RunReport;
import org.refkeeper.report.SourceRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refkeeper.history.ArchiveHistory;
import org.refkeeper.history.SourceHistory;
import org.refkeeper.history.Transition;
import org.refkeeper.io.BadInputException;
import org.refkeeper.citations.Citation;
import org.refkeeper.verdict.State;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArchiveStoreTest {
    private static final String ID = "example.org/post";

    @TempDir
    Path dir;

    @Test
    void historyReadsTransitionsAndResolvesRunIdsDatesAndCommits() throws Exception {
        try (ArchiveStore store = ArchiveStore.openForWriting(dir)) {
            String first = commitRun(store, "20261101T080000Z", record(State.NEW, "2026-11-01T08:00:00Z", "first good capture"));
            commitRun(store, "20261102T080000Z", record(State.NEW, "2026-11-01T08:00:00Z", "first good capture"));
            String third = commitRun(store, "20261103T080000Z", record(State.VANISHED, "2026-11-03T08:00:00Z", "该内容已被发布者删除"));

            CommitLog h = store.log();
            SourceHistory history = new ArchiveHistory(store).history(ID);
            assertEquals(List.of(State.NEW, State.VANISHED), history.transitions().stream().map(Transition::state).toList());
            assertEquals("20261103T080000Z", history.transitions().get(1).run());
            assertEquals("该内容已被发布者删除", history.transitions().get(1).reason());

            assertEquals(first, h.resolve("20261101T080000Z").sha());
            assertEquals(third, h.resolve(third.substring(0, 8)).sha());
            assertEquals(third, h.resolve(Instant.now().toString().substring(0, 10)).sha(), "today: the last commit");
            BadInputException unknown = assertThrows(BadInputException.class, () -> h.resolve("20200101T000000Z"));
            assertTrue(unknown.getMessage().contains("refkeeper log"), unknown.getMessage());
            assertThrows(BadInputException.class, () -> h.resolve("1999-01-01"));
        }
    }

    @Test
    void aSecondWriterIsTurnedAwayWhileTheFirstHoldsTheLock() throws Exception {
        try (ArchiveStore first = ArchiveStore.openForWriting(dir)) {
            IOException busy = assertThrows(IOException.class, () -> ArchiveStore.openForWriting(dir));
            assertTrue(busy.getMessage().contains("in use by another refkeeper run"), busy.getMessage());
        }
        ArchiveStore.openForWriting(dir).close();
    }

    @Test
    void savingAnUnchangedSourceLeavesTheFileUntouched() throws Exception {
        try (ArchiveStore store = ArchiveStore.openForWriting(dir)) {
            store.saveSource(record(State.NEW, "2026-11-01T08:00:00Z", "first good capture"));
            Path file = dir.resolve(Layout.sourceJson(ID));
            var modified = Files.getLastModifiedTime(file);
            Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(1000));
            store.saveSource(record(State.NEW, "2026-11-01T08:00:00Z", "first good capture"));
            assertEquals(1000, Files.getLastModifiedTime(file).toMillis(), "not rewritten");
            assertFalse(modified.toMillis() == 1000);
        }
    }

    @Test
    void readingAFolderWithoutAnArchiveSaysHowToMakeOne() {
        NoArchiveException e = assertThrows(NoArchiveException.class, () -> ArchiveStore.openForReading(dir.resolve("x")));
        assertTrue(e.getMessage().contains("refkeeper run NOTES"), e.getMessage());
    }

    @Test
    void commitMessagesNameWhatMovedAndNothingElse() {
        RunReport run = new RunReport("20261103T080000Z", Instant.EPOCH, Instant.EPOCH, Optional.empty(),
                Map.of(State.VANISHED, 1, State.UNCHANGED, 1), List.of(
                entry("a", State.VANISHED, Optional.of(State.UNCHANGED), "此内容因违规无法查看"),
                entry("b", State.UNCHANGED, Optional.of(State.UNCHANGED), "main text unchanged"),
                entry("c", State.UNCHANGED, Optional.of(State.BLOCKED), "main text unchanged")));
        String msg = CommitMessage.of(run);
        assertTrue(msg.startsWith("run 20261103T080000Z: "), msg);
        assertTrue(msg.contains("vanished: title a — 此内容因违规无法查看 (was unchanged)"), msg);
        assertFalse(msg.contains("title b"), msg);
        assertTrue(msg.contains("unchanged: title c — main text unchanged (was blocked)"), msg);
    }

    private static RunEntry entry(String id, State state, Optional<State> previous, String reason) {
        return new RunEntry(id, "https://example.org/" + id, "title " + id, state, previous, 200, reason, false,
                Optional.empty(), Optional.empty(), "", false);
    }

    private static String commitRun(ArchiveStore store, String runId, SourceRecord source) throws IOException {
        store.saveSource(source);
        store.saveRun(new RunReport(runId, Instant.now(), Instant.now(), Optional.empty(), Map.of(), List.of()));
        return store.commit(CommitLog.subject(runId, "test"));
    }

    private static SourceRecord record(State state, String since, String reason) {
        return new SourceRecord(ID, "https://example.org/post",
                List.of(new Citation("notes/a.md", 3, "A post", "Reading", "https://example.org/post")),
                state, Instant.parse(since), reason, "A post", Optional.empty(), Optional.empty(), List.of());
    }
}
