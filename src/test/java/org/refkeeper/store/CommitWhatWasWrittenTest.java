package org.refkeeper.store;

import org.refkeeper.folder.Layout;
import org.refkeeper.report.Json;
import org.refkeeper.report.RunReport;
import org.refkeeper.report.SourceChange;
import org.refkeeper.report.SourceRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refkeeper.index.CdxjLine;
import org.refkeeper.citations.Citation;
import org.refkeeper.testing.Git;
import org.refkeeper.verdict.State;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A commit stages what its writer wrote, and searches the folder only when an earlier writer may have left something
 * uncommitted (it died, or wrote without committing, or another program committed since): nothing is ever left
 * out of a commit, and nothing a dead run left is missed.
 */
class CommitWhatWasWrittenTest {
    private static final Instant T = Instant.parse("2026-11-29T06:00:00Z");

    @TempDir
    Path dir;

    @Test
    void aWriterAfterACleanCloseCommitsEverythingItWroteAndNothingIsLeftOver() throws Exception {
        commitSources("20261129T060000Z", "example.org/a");
        try (ArchiveStore store = ArchiveStore.openForWriting(dir)) {
            assertTrue(store.openedClean(), "the last writer closed with everything committed");
            assertEquals(List.of(), store.leftovers().sources());
            Files.createDirectories(dir.resolve("captures/2026/11"));
            Files.writeString(dir.resolve("captures/2026/11/b-20261130T060000Z.warc.gz"), "a bundle");
            store.addToIndex(List.of(line("https://example.org/b", "captures/2026/11/b-20261130T060000Z.warc.gz")));
            store.saveContent("example.org/b", "# B\n");
            store.saveSource(source("example.org/b", State.NEW));
            store.saveSource(source("example.org/a", State.VANISHED));
            store.saveRun(run("20261130T060000Z"));
            store.saveReport("# report\n");
            store.commit("run 20261130T060000Z: 1 new, 1 vanished");
        }
        assertEquals(List.of(".gitignore", "REPORT.md", "captures/2026/11/b-20261130T060000Z.warc.gz", "index.cdxj",
                "refkeeper.json", "runs/20261129T060000Z.json", "runs/20261130T060000Z.json",
                "sources/example.org/a/source.json", "sources/example.org/b/content.md", "sources/example.org/b/source.json"),
                Git.run(dir, "ls-files").lines().sorted().toList());
        assertEquals("", Git.run(dir, "status", "--porcelain", "--untracked-files=all"), "the commit holds every file written");
        assertTrue(Files.readString(dir.resolve(Layout.INDEX)).contains("b-20261130T060000Z.warc.gz"));
    }

    @Test
    void aWriterThatWroteWithoutCommittingLeavesTheFolderToBeSearched() throws Exception {
        commitSources("20261129T060000Z", "example.org/a");
        try (ArchiveStore store = ArchiveStore.openForWriting(dir)) {
            store.saveSource(source("example.org/a", State.VANISHED)); // and then the run died
        }
        try (ArchiveStore store = ArchiveStore.openForWriting(dir)) {
            assertFalse(store.openedClean());
            List<SourceChange> found = store.leftovers().sources();
            assertEquals(1, found.size());
            assertEquals(State.VANISHED, found.get(0).now().state());
            store.saveRun(run("20261130T060000Z"));
            store.commit("run 20261130T060000Z: recovered");
        }
        assertEquals("", Git.run(dir, "status", "--porcelain", "--untracked-files=all"), "what the dead run wrote is committed");
    }

    @Test
    void aCommitMadeByAnotherProgramMeansTheFolderIsSearched() throws Exception {
        commitSources("20261129T060000Z", "example.org/a");
        Files.writeString(dir.resolve(Layout.sourceJson("example.org/a")),
                Json.write(source("example.org/a", State.CHANGED)));
        Git.run(dir, "-c", "user.name=x", "-c", "user.email=x@localhost", "commit", "-q", "--allow-empty", "-m", "by hand");
        try (ArchiveStore store = ArchiveStore.openForWriting(dir)) {
            assertFalse(store.openedClean(), "the mark names another commit than HEAD");
            assertEquals(1, store.leftovers().sources().size(), "the file written by hand is found");
        }
    }

    @Test
    void indexLinesOfAnUncommittedBundleAreReadBeforeTheCommitAndFoldedInByIt() throws Exception {
        commitSources("20261129T060000Z", "example.org/a");
        String bundle = "captures/2026/11/a-20261130T060000Z.warc.gz";
        try (ArchiveStore store = ArchiveStore.openForWriting(dir)) {
            store.addToIndex(List.of(line("https://example.org/a", bundle)));
            // the run dies here: index.cdxj is as the last commit wrote it
        }
        assertFalse(Files.exists(dir.resolve(Layout.INDEX)), "index.cdxj is as the last commit left it: none yet");
        try (ArchiveStore reader = ArchiveStore.openForReading(dir)) {
            assertTrue(reader.index().lines().stream().anyMatch(l -> l.filename().equals(bundle)), "readers see the line");
            assertTrue(reader.readIndex((n, problem) -> {
                throw new AssertionError(problem);
            }).lines().stream().anyMatch(l -> l.filename().equals(bundle)), "verify sees the line");
        }
        try (ArchiveStore store = ArchiveStore.openForWriting(dir)) {
            store.saveRun(run("20261130T060000Z"));
            store.commit("run 20261130T060000Z");
        }
        assertTrue(Files.readString(dir.resolve(Layout.INDEX)).contains(bundle), "the commit wrote it into index.cdxj");
        try (var pending = Files.list(dir.resolve(PendingIndex.DIR))) {
            assertEquals(List.of(), pending.toList(), "nothing waits any more");
        }
    }

    private void commitSources(String runId, String... ids) throws Exception {
        try (ArchiveStore store = ArchiveStore.openForWriting(dir)) {
            for (String id : ids) {
                store.saveSource(source(id, State.NEW));
            }
            store.saveRun(run(runId));
            store.commit("run " + runId + ": test");
        }
    }

    private static RunReport run(String id) {
        return new RunReport(id, T, T, Optional.empty(), Map.of(), List.of());
    }

    private static CdxjLine line(String url, String bundle) {
        return CdxjLine.of(url, T, "text/html", "200", "sha1:ABC", 10, 0, bundle, "response");
    }

    private static SourceRecord source(String id, State state) {
        String url = "https://" + id;
        return new SourceRecord(id, url, List.of(new Citation("notes/a.md", 1, "T", "", url)), state, T, "",
                "T", Optional.empty(), Optional.empty(), List.of());
    }
}
