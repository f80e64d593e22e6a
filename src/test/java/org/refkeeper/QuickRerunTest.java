package org.refkeeper;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refkeeper.demo.LocalSite;
import org.refkeeper.demo.SiteResponse;
import org.refkeeper.run.RunListener;
import org.refkeeper.report.RunEntry;
import org.refkeeper.report.RunReport;
import org.refkeeper.testing.BundleRecords;
import org.refkeeper.testing.Fixtures;
import org.refkeeper.testing.Git;
import org.refkeeper.testing.Pngs;
import org.refkeeper.verdict.State;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A rerun of an unchanged source is a quick check (the page loaded and read, nothing scrolled, pictured or
 * written); any difference, {@code --full}, or the source's turn for a full check makes a full capture, and the
 * full check finds a picture swapped behind an unchanged address.
 */
class QuickRerunTest {
    private static final String POST = "https://blog.example.org/2026/11/quick-checks.html";
    private static final String PICTURE = "https://blog.example.org/img/figure-1.png";
    private static final byte[] RED = Pngs.solid(800, 450, Color.RED);
    private static final byte[] BLUE = Pngs.solid(800, 450, Color.BLUE);

    private static LocalSite site;
    private static final AtomicReference<String> TEXT = new AtomicReference<>();
    private static final AtomicReference<byte[]> PICTURE_BYTES = new AtomicReference<>();

    @TempDir
    Path dir;

    @BeforeAll
    static void serve() throws IOException {
        site = LocalSite.start();
        // the footer's visit count differs on every request: noise the comparison must not see
        site.route("blog.example.org", "/2026/11/quick-checks.html", request -> SiteResponse.html("""
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Quick checks</title></head><body>
                <main><article><h1>Quick checks</h1>
                <p>%s</p>
                <p>Every note that cites a web page makes a promise it cannot keep on its own, and a periodic run
                keeps it for the note: it looks at the page again and keeps what changed.</p>
                <div style="height:3000px"></div>
                <p><img src="%s" loading="lazy" width="800" height="450" alt="figure"></p>
                </article></main>
                <footer><span class="visits">%d</span> visits</footer>
                </body></html>""".formatted(TEXT.get(), PICTURE, ThreadLocalRandom.current().nextInt(10, 100000))));
        site.route("blog.example.org", "/img/figure-1.png", request -> SiteResponse.of(200, "image/png", PICTURE_BYTES.get()));
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void anUnchangedPageIsCheckedQuicklyAndWritesNoBundle() throws Exception {
        Path root = archiveCheckingInFullEvery(1000);
        try (Archive archive = Archive.open(root)) {
            RunEntry first = only(archive.run(options(), RunListener.NONE));
            assertEquals(State.NEW, first.state());
            assertEquals(RunEntry.FULL, first.check());
            List<Path> bundles = bundles(root);

            RunReport rerun = archive.run(options(), RunListener.NONE);
            RunEntry again = only(rerun);
            assertEquals(State.UNCHANGED, again.state(), again.reason());
            assertEquals(RunEntry.QUICK, again.check(), "the run report says the check was quick");
            assertEquals(bundles, bundles(root), "a quick check writes no bundle");
            assertEquals(List.of("REPORT.md", "runs/" + rerun.run() + ".json"),
                    Git.filesInLastCommit(root).stream().sorted().toList());
            assertTrue(Files.readString(root.resolve("runs/" + rerun.run() + ".json")).contains("\"quick\""));
        }
    }

    @Test
    void aChangedTextMakesAFullCaptureAndFullForcesOne() throws Exception {
        Path root = archiveCheckingInFullEvery(1000);
        try (Archive archive = Archive.open(root)) {
            assertEquals(State.NEW, only(archive.run(options(), RunListener.NONE)).state());

            RunEntry forced = only(archive.run(options().withFull(true), RunListener.NONE));
            assertEquals(State.UNCHANGED, forced.state(), forced.reason());
            assertEquals(RunEntry.FULL, forced.check(), "--full checks in full");

            TEXT.set("The first paragraph, edited after the first run.");
            List<Path> before = bundles(root);
            RunEntry edited = only(archive.run(options(), RunListener.NONE));
            assertEquals(State.CHANGED, edited.state(), edited.reason());
            assertEquals(RunEntry.FULL, edited.check(), "a difference seen quickly is captured in full");
            assertEquals(before.size() + 1, bundles(root).size(), "the changed page's bundle is written");
            List<BundleRecords.Rec> records = BundleRecords.of(root.resolve(edited.bundle().orElseThrow()));
            assertTrue(records.stream().anyMatch(r -> r.target().contains(PICTURE)), "the full capture holds the lazy picture");
            assertTrue(records.stream().anyMatch(r -> r.field("Content-Type").equals("image/png")
                    && r.type().equals("resource")), "and a screenshot");
        }
    }

    @Test
    void theFullCheckInTurnFindsAPictureSwappedBehindTheSameAddress() throws Exception {
        Path root = archiveCheckingInFullEvery(3);
        try (Archive archive = Archive.open(root)) {
            assertEquals(State.NEW, only(archive.run(options(), RunListener.NONE)).state());
            PICTURE_BYTES.set(BLUE);
            int runs = 0;
            RunEntry e;
            do {
                e = only(archive.run(options(), RunListener.NONE));
                runs++;
                if (e.check().equals(RunEntry.QUICK)) {
                    assertEquals(State.UNCHANGED, e.state(), "a quick check cannot see the picture: " + e.reason());
                }
            } while (e.check().equals(RunEntry.QUICK) && runs < 3);
            assertEquals(RunEntry.FULL, e.check(), "a full check comes within 3 runs");
            assertEquals(State.CHANGED, e.state(), "the full check sees the new picture: " + e.reason());
        }
    }

    private Path archiveCheckingInFullEvery(int runs) throws IOException {
        TEXT.set("The first paragraph of a post about quick checks.");
        PICTURE_BYTES.set(RED);
        Path root = dir.resolve("archive");
        Files.createDirectories(root);
        Files.writeString(root.resolve("refkeeper.json"), "{\"fullCheckEvery\": " + runs + "}");
        return root;
    }

    private RunOptions options() throws IOException {
        Path note = dir.resolve("note.md");
        Files.writeString(note, "- [Quick checks](" + POST + ")\n");
        return new RunOptions(List.of(note), Fixtures.settings(site, Duration.ofSeconds(20), true), Optional.of(0L));
    }

    private static RunEntry only(RunReport report) {
        assertEquals(1, report.sources().size());
        return report.sources().get(0);
    }

    private static List<Path> bundles(Path root) throws IOException {
        return BundleRecords.bundles(root);
    }
}
