package org.refkeeper.capture;

import org.refkeeper.page.Capture;
import org.refkeeper.page.Exchange;
import org.refkeeper.page.Failure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.refkeeper.demo.LocalSite;
import org.refkeeper.demo.SiteResponse;
import org.refkeeper.testing.Fixtures;
import org.refkeeper.testing.Pdfs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Cited files that are no web page: Chromium would download them or open its PDF viewer, and the capture must
 * hold the file as the server sent it instead.
 */
class FileCaptureTest {
    private static final String PDF = "https://arxiv.org/pdf/1707.06168";
    private static final String ABS = "https://arxiv.org/abs/1707.06168";
    private static final String GZIPPED = "https://arxiv.org/pdf/gzipped";
    private static final String ZIP = "https://data.example.org/set.zip";
    private static final String MISSING = "https://arxiv.org/pdf/0000.00000";
    private static final String FRAMED = "https://blog.example.org/paper-in-a-frame";
    private static final String ONWARD = "https://blog.example.org/to-the-paper";
    private static final byte[] PAPER = Pdfs.showing("Channel Pruning for Accelerating Very Deep Neural Networks");
    private static final byte[] ARCHIVE = "PK\u0003\u0004 not really a zip".getBytes(StandardCharsets.ISO_8859_1);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private static LocalSite site;
    private static Browser browser;

    @BeforeAll
    static void start() throws IOException {
        site = LocalSite.start()
                .route("arxiv.org", "/pdf/1707.06168", SiteResponse.of(200, "application/pdf", PAPER)
                        .withHeader("Content-Disposition", "inline; filename=\"1707.06168v2.pdf\""))
                .route("arxiv.org", "/abs/1707.06168", SiteResponse.redirect(301, PDF))
                .route("arxiv.org", "/pdf/gzipped", SiteResponse.of(200, "application/pdf", PAPER).gzipped())
                .route("arxiv.org", "/pdf/0000.00000", SiteResponse.of(404, "application/pdf", PAPER))
                .route("data.example.org", "/set.zip", SiteResponse.of(200, "application/zip", ARCHIVE)
                        .withHeader("Content-Disposition", "attachment; filename=set.zip"))
                .route("blog.example.org", "/paper-in-a-frame", SiteResponse.html("<html><body><article><p>The paper "
                        + "itself, in a frame below, is what this post is about.</p><iframe src=\"" + PDF + "\"></iframe>"
                        + "</article></body></html>"))
                .route("blog.example.org", "/to-the-paper", SiteResponse.html("<html><body><p>taking you to the paper"
                        + "</p><script>setTimeout(() => location.href = '" + PDF + "', 100)</script></body></html>"))
                .route("blog.example.org", "/stalled.pdf", SiteResponse.of(200, "application/pdf", PAPER).stalled());
        browser = Browser.launch(Fixtures.settings(site, TIMEOUT, true));
    }

    @AfterAll
    static void stop() {
        browser.close();
        site.close();
    }

    @Test
    void pdfIsCapturedAsTheServerSentIt() throws IOException {
        Capture c = browser.capture(PDF);
        assertTrue(c.failure().isEmpty(), () -> "failed: " + c.failure());
        assertEquals(200, c.status());
        assertEquals(PDF, c.finalUrl());
        Exchange pdf = c.exchanges().get(0);
        assertEquals(PDF, pdf.url());
        assertArrayEquals(PAPER, pdf.body(), "the PDF's own bytes, not Chromium's viewer");
        assertEquals("application/pdf", pdf.contentType());
        assertEquals("inline; filename=\"1707.06168v2.pdf\"", pdf.responseHeader("Content-Disposition").orElseThrow());
        assertEquals("GET", pdf.method());
        assertTrue(pdf.requestHeader("User-Agent").isPresent());
        assertEquals(0, c.screenshot().length, "a file has no page to photograph");
        assertEquals("", c.dom());
        assertTrue(c.exchanges().stream().allMatch(e -> e.url().startsWith("https://")), "no viewer internals");
    }

    @Test
    void redirectToPdfKeepsBothResponses() throws IOException {
        Capture c = browser.capture(ABS);
        assertEquals(List.of(ABS, PDF), c.redirects());
        assertEquals(PDF, c.finalUrl());
        assertEquals(301, c.exchanges().get(0).status());
        assertArrayEquals(PAPER, c.exchange(PDF).orElseThrow().body());
    }

    @Test
    void gzipEncodedPdfIsDecodedButItsEncodingStillNamed() throws IOException {
        Exchange pdf = browser.capture(GZIPPED).exchange(GZIPPED).orElseThrow();
        assertArrayEquals(PAPER, pdf.body());
        assertEquals("gzip", pdf.responseHeader("Content-Encoding").orElseThrow());
    }

    @Test
    void attachmentIsCapturedNotDownloaded() throws IOException {
        Capture c = browser.capture(ZIP);
        assertTrue(c.failure().isEmpty(), () -> "failed: " + c.failure());
        assertArrayEquals(ARCHIVE, c.exchange(ZIP).orElseThrow().body());
    }

    @Test
    void missingPdfKeepsItsStatus() throws IOException {
        Capture c = browser.capture(MISSING);
        assertTrue(c.failure().isEmpty());
        assertEquals(404, c.status());
    }

    @Test
    void pdfInAFrameIsRecordedAsServedWhileThePageStaysThePage() throws IOException {
        Capture c = browser.capture(FRAMED);
        assertEquals(FRAMED, c.finalUrl());
        assertTrue(c.dom().contains("is what this post is about"));
        assertTrue(c.screenshot().length > 0);
        assertArrayEquals(PAPER, c.exchange(PDF).orElseThrow().body());
    }

    @Test
    void pageThatSendsTheReaderOnToAPdfEndsAsThePdf() throws IOException {
        Capture c = browser.capture(ONWARD);
        assertEquals(PDF, c.finalUrl());
        assertEquals(List.of(ONWARD, PDF), c.redirects());
        assertEquals("", c.dom());
        assertArrayEquals(PAPER, c.exchange(PDF).orElseThrow().body());
    }

    /** The stall guard ends this browser, as it would end a worker's, which then starts a new one. */
    @Test
    @Timeout(60)
    void fileThatStopsArrivingFailsAsTimeoutInTimeAndTheBrowserIsReplaced() throws IOException {
        try (Browser own = Browser.launch(Fixtures.settings(site, Duration.ofSeconds(3), true))) {
            Instant start = Instant.now();
            Capture c = own.capture("https://blog.example.org/stalled.pdf");
            Duration took = Duration.between(start, Instant.now());
            assertEquals(Failure.Kind.TIMEOUT, c.failure().orElseThrow().kind(), c.failure().toString());
            assertTrue(took.compareTo(Duration.ofSeconds(10)) < 0, "took " + took);
            assertThrows(IOException.class, () -> own.capture(PDF), "a worker must start a fresh Chromium");
        }
        assertFalse(browser.capture(PDF).failure().isPresent(), "other browsers are untouched");
    }
}
