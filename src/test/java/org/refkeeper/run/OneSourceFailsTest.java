package org.refkeeper.run;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refkeeper.page.Capture;
import org.refkeeper.sources.Reference;
import org.refkeeper.sources.References;
import org.refkeeper.store.ArchiveStore;
import org.refkeeper.report.RunEntry;
import org.refkeeper.report.RunReport;
import org.refkeeper.testing.Git;
import org.refkeeper.testing.PaperWeb;
import org.refkeeper.verdict.State;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 8, "One source cannot sink a run": a check that overflows the stack, runs out of memory or fails in any
 * other way makes that one source {@code error} with its reason; the others are checked and the run commits.
 */
class OneSourceFailsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-03-01T06:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path root;

    @Test
    void aStackOverflowInOneCheckLeavesThatSourceInErrorAndTheRunCommits() throws Exception {
        AtomicInteger opened = new AtomicInteger();
        PaperWeb web = new PaperWeb(CLOCK)
                .article("https://a.example/one", "One", "The first article, with enough words to be an article.")
                .page("https://b.example/deep", (url, now) -> overflow(0))
                .page("https://c.example/heap", (url, now) -> {
                    throw new OutOfMemoryError("Java heap space");
                })
                .page("https://d.example/bug", (url, now) -> {
                    throw new IllegalStateException("Cannot invoke \"String.length()\" because \"s\" is null");
                })
                .article("https://e.example/five", "Five", "The fifth article, with enough words to be an article.");
        List<Reference> refs = List.of(
                PaperWeb.cited("https://a.example/one", "One", "notes/a.md", 1),
                PaperWeb.cited("https://b.example/deep", "Deep", "notes/a.md", 2),
                PaperWeb.cited("https://c.example/heap", "Heap", "notes/a.md", 3),
                PaperWeb.cited("https://d.example/bug", "Bug", "notes/a.md", 4),
                PaperWeb.cited("https://e.example/five", "Five", "notes/a.md", 5));
        RunReport report;
        try (ArchiveStore store = ArchiveStore.openForWriting(root, CLOCK)) {
            report = new CaptureRun(store, new References(refs, List.of()), () -> {
                opened.incrementAndGet();
                return web;
            }, 2, 0, RunListener.NONE, CLOCK).call();
        }

        assertEquals(List.of(State.NEW, State.ERROR, State.ERROR, State.ERROR, State.NEW),
                report.sources().stream().map(RunEntry::state).toList(), report.sources().toString());
        assertTrue(report.commit().isPresent(), "the run commits");
        assertEquals("refkeeper failed checking it: the page nests too deeply to read (stack overflow)",
                report.sources().get(1).reason());
        assertTrue(report.sources().get(2).reason().startsWith("refkeeper failed checking it: out of memory ("),
                report.sources().get(2).reason());
        assertEquals("refkeeper failed capturing: an internal error; please report it with the source's URL",
                report.sources().get(3).reason(), "no Java text in the report");
        assertEquals(2 + 2, opened.get(), "each worker replaces its browser after an error of the JVM itself");
        String status = Git.run(root, "status", "--porcelain");
        assertEquals("", status, "everything the run wrote is committed");
        String message = Git.run(root, "log", "-1", "--format=%B");
        assertTrue(message.contains("2 new, 3 error"), message);
        assertFalse(message.contains("Exception") || message.contains("Cannot invoke"), message);
        try (ArchiveStore store = ArchiveStore.openForReading(root)) {
            assertEquals(State.ERROR, store.source(refs.get(1).id().toString()).orElseThrow().state());
        }
    }

    private static Capture overflow(int depth) throws IOException {
        if (depth < 0) {
            throw new IOException("never");
        }
        return overflow(depth + 1);
    }
}
