package org.refkeeper.run;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refkeeper.Archive;
import org.refkeeper.sources.Reference;
import org.refkeeper.sources.References;
import org.refkeeper.store.ArchiveStore;
import org.refkeeper.report.RunEntry;
import org.refkeeper.report.RunReport;
import org.refkeeper.testing.Git;
import org.refkeeper.testing.PaperWeb;
import org.refkeeper.verdict.State;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 8, "A crash hides nothing": a run that judged a source changed and another vanished, and died before its
 * commit (the folder as kill -9 leaves it: files written, no commit), is reported by the next run: its commit
 * message, run report and what --fail-on reads name the change and the disappearance, once.
 */
class DeadRunReportedTest {
    private static final String EDITED = "https://blog.example.org/edited";
    private static final String DELETED = "https://blog.example.org/deleted";
    private static final String SAME = "https://news.example.com/same";

    @TempDir
    Path root;

    @Test
    void theRunAfterADeadOneReportsWhatItFoundOnce() throws Exception {
        PaperWeb web = new PaperWeb(Clock.systemUTC())
                .article(EDITED, "Edited", "The first version of a post that will be edited later on.")
                .article(DELETED, "Deleted", "A post that its author will delete, long enough to count.")
                .article(SAME, "Same", "A post that stays as it is, long enough to be an article.");
        List<Reference> refs = List.of(PaperWeb.cited(EDITED, "Edited", "notes/a.md", 1),
                PaperWeb.cited(DELETED, "Deleted", "notes/a.md", 2), PaperWeb.cited(SAME, "Same", "notes/a.md", 3));
        run(web, refs, at(0));
        run(web, refs, at(1));

        web.article(EDITED, "Edited", "The second version: its author rewrote the post completely.").status(DELETED, 404);
        RunReport dead = run(web, refs, at(2));
        assertEquals(List.of(State.CHANGED, State.VANISHED, State.UNCHANGED), dead.sources().stream().map(RunEntry::state).toList());
        // what kill -9 before the commit leaves: every file written, no commit
        Git.run(root, "reset", "-q", "HEAD~1");
        String deadBundle = dead.sources().get(0).bundle().orElseThrow();
        Path unnamed = root.resolve(deadBundle.replace(".warc.gz", "-9.warc.gz"));
        Files.copy(root.resolve(deadBundle), unnamed);
        Path temporary = root.resolve("sources/.source.json12345.tmp");
        Files.writeString(temporary, "{");
        try (Archive archive = Archive.open(root)) {
            assertEquals(List.of(), archive.verify().problems(), "a dead run leaves the archive valid");
        }

        RunReport next = run(web, refs, at(3));
        assertEquals(List.of(State.UNCHANGED, State.VANISHED, State.UNCHANGED), next.sources().stream().map(RunEntry::state).toList());
        assertFalse(next.sources().stream().anyMatch(RunEntry::isNews), "its own checks found nothing new: " + next.sources());
        assertEquals(List.of(State.CHANGED, State.VANISHED), next.recovered().stream().map(RunEntry::state).toList());
        assertEquals(Optional.of(deadBundle), next.recovered().get(0).bundle());
        assertEquals(Optional.of(State.UNCHANGED), next.recovered().get(0).previous());
        assertTrue(next.allEntries().anyMatch(e -> e.state() == State.CHANGED), "--fail-on changed fires");
        assertTrue(next.summary().endsWith("; found by an interrupted run: 1 changed, 1 vanished"), next.summary());

        String message = Git.run(root, "log", "-1", "--format=%B");
        assertTrue(message.contains("changed: Edited — main text differs (was unchanged) [found by a run that ended"
                + " before it could commit]\n  " + EDITED), message);
        assertTrue(message.contains("vanished: Deleted — HTTP 404 (was unchanged) [found by a run"), message);
        assertEquals(1, message.split("vanished: Deleted").length - 1, "told once: " + message);
        assertEquals("3", Git.run(root, "rev-list", "--count", "HEAD").strip());
        assertEquals("", Git.run(root, "status", "--porcelain"));
        assertFalse(Files.exists(unnamed), "a bundle no source names is not committed");
        assertFalse(Files.exists(temporary));
        assertFalse(Files.exists(root.resolve("runs/" + dead.run() + ".json")), "the dead run's report never came to be");
        assertTrue(Git.run(root, "show", "--name-only", "--format=", "HEAD").contains(deadBundle), "its capture is committed");
        try (ArchiveStore store = ArchiveStore.openForReading(root)) {
            assertEquals(3, store.runs().size());
            assertEquals(List.of(), store.index().lines().stream().filter(l -> l.filename().endsWith("-9.warc.gz")).toList());
        }
    }

    private RunReport run(PaperWeb web, List<Reference> refs, Clock clock) throws Exception {
        try (ArchiveStore store = ArchiveStore.openForWriting(root, clock)) {
            return new CaptureRun(store, new References(refs, List.of()), () -> web, 1, 0, RunListener.NONE, clock).call();
        }
    }

    private static Clock at(int day) {
        return Clock.fixed(Instant.parse("2027-05-01T06:00:00Z").plus(Duration.ofDays(day)), ZoneOffset.UTC);
    }
}
