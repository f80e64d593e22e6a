package org.refkeeper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.refkeeper.demo.LocalSite;
import org.refkeeper.demo.SiteResponse;
import org.refkeeper.restore.RestoreResult;
import org.refkeeper.run.RunListener;
import org.refkeeper.report.RunEntry;
import org.refkeeper.report.RunReport;
import org.refkeeper.report.SourceRecord;
import org.refkeeper.testing.Fixtures;
import org.refkeeper.testing.JwarcValidation;
import org.refkeeper.testing.Pdfs;
import org.refkeeper.verdict.State;
import org.refkeeper.verify.Verifier;
import org.refkeeper.verify.VerifyReport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A note that cites an arXiv PDF, run after run: the paper is kept byte for byte, judged by its bytes, restored. */
class FileRunTest {
    private static final String URL = "https://arxiv.org/pdf/1707.06168";
    private static final String TITLE = "Channel Pruning for Accelerating Very Deep Neural Networks";
    private static final byte[] V1 = Pdfs.showing(TITLE);
    private static final byte[] V2 = Pdfs.showing(TITLE + ", version 2");

    @TempDir
    Path dir;

    @Test
    void citedPdfIsNewThenUnchangedThenChangedThenVanishedAndRestoresOffline() throws Exception {
        AtomicReference<SiteResponse> served = new AtomicReference<>(SiteResponse.of(200, "application/pdf", V1));
        Path note = dir.resolve("reading.md");
        Files.writeString(note, "# Pruning\n\n" + URL + "\n" + TITLE + "\n");
        Path root = dir.resolve("archive");
        try (LocalSite site = LocalSite.start().route("arxiv.org", "/pdf/1707.06168", request -> served.get());
             Archive archive = Archive.open(root)) {
            RunOptions options = new RunOptions(List.of(note), Fixtures.settings(site, Duration.ofSeconds(15), true),
                    Optional.of(0L));

            RunReport firstRun = archive.run(options, RunListener.NONE);
            RunEntry first = only(firstRun);
            assertEquals(State.NEW, first.state(), first.reason());
            assertEquals(200, first.httpStatus());
            assertEquals("1707.06168.pdf", first.liveTitle());
            assertFalse(first.titleDiffers(), "a file name is no sign of another paper");
            String bundle = archive.source(URL).lastGood().orElseThrow().bundle();
            assertArrayEquals(V1, pdfIn(root.resolve(bundle)), "the bundle holds the PDF as served");
            assertTrue(JwarcValidation.validates(root.resolve(bundle)), JwarcValidation.headerViolations(root.resolve(bundle)).toString());
            assertEquals(List.of(), Verifier.verifyBundle(root.resolve(bundle)));
            String content = Files.readString(root.resolve("sources/" + first.id() + "/content.md"));
            assertTrue(content.contains("PDF document, " + V1.length + " bytes, sha256 "), content);

            RunReport again = archive.run(options, RunListener.NONE);
            assertEquals(State.UNCHANGED, only(again).state(), only(again).reason());
            assertEquals(1, archive.source(URL).captures().size(), "an unchanged file is not stored again");

            served.set(SiteResponse.of(200, "application/pdf", V2));
            RunEntry revised = only(archive.run(options, RunListener.NONE));
            assertEquals(State.CHANGED, revised.state(), revised.reason());
            SourceRecord afterRevision = archive.source(URL);
            assertEquals(2, afterRevision.captures().size());
            assertArrayEquals(V2, pdfIn(root.resolve(afterRevision.lastGood().orElseThrow().bundle())));

            served.set(SiteResponse.status(404, "Paper not found"));
            RunEntry gone = only(archive.run(options, RunListener.NONE));
            assertEquals(State.VANISHED, gone.state());
            assertEquals("HTTP 404", gone.reason());

            RestoreResult restored = archive.restore(URL, Optional.empty(), dir.resolve("restored"), false);
            assertArrayEquals(V2, Files.readAllBytes(restored.dir().resolve("1707-06168.pdf")), "the last good copy");
            String page = Files.readString(restored.page());
            assertTrue(page.contains("href=\"1707-06168.pdf\""), page);
            assertTrue(page.contains("<iframe src=\"1707-06168.pdf\""), page);
            assertTrue(page.contains("state now: vanished"), page);
            RestoreResult then = archive.restore(URL, Optional.of(firstRun.run()), dir.resolve("then"), false);
            assertArrayEquals(V1, Files.readAllBytes(then.dir().resolve("1707-06168.pdf")), "the first version, as it was then");
            VerifyReport verified = archive.verify();
            assertTrue(verified.ok(), verified.problems().toString());
        }
    }

    private static RunEntry only(RunReport report) {
        assertEquals(1, report.sources().size());
        return report.sources().get(0);
    }

    /** The payloads of the bundle's response records for the PDF's URL: there must be exactly one. */
    private static byte[] pdfIn(Path bundle) throws IOException {
        List<byte[]> payloads = new ArrayList<>();
        try (WarcReader reader = new WarcReader(bundle)) {
            for (WarcRecord r : reader) {
                if (r instanceof WarcResponse response && response.target().equals(URL)) {
                    payloads.add(response.http().body().stream().readAllBytes());
                }
            }
        }
        assertEquals(1, payloads.size(), "response records for " + URL);
        return payloads.get(0);
    }
}
