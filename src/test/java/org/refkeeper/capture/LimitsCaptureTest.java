package org.refkeeper.capture;

import org.refkeeper.page.Capture;
import org.refkeeper.page.Failure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.refkeeper.chromium.BodyLimits;
import org.refkeeper.chromium.BrowserSettings;
import org.refkeeper.demo.SiteHandler;
import org.refkeeper.demo.SiteResponse;
import org.refkeeper.testing.FaultSite;
import org.refkeeper.testing.Pngs;
import org.refkeeper.testing.WarcFiles;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import javax.imageio.ImageIO;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 8, "Bounded memory" (capture side) and "Nothing is lost for want of a screenshot": a body over the limit
 * for one body or for the page is left out and said so, a decompression bomb or an endless stream costs at most
 * the limit, and a page too tall or too wide for a picture is kept whole with a clipped screenshot.
 */
class LimitsCaptureTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(6);
    private static final long MB = 1 << 20;
    private static FaultSite site;
    private Browser browser;
    private static byte[] largePng;
    private static byte[] mediumPng;

    @BeforeAll
    static void start() throws IOException {
        largePng = noise(1300);
        mediumPng = noise(800);
        site = FaultSite.start();
        page("http://tall.example/p", "<p>A page a million pixels tall.</p><div style=\"height:1000000px\"></div><p>The end.</p>");
        page("http://wide.example/p", "<p style=\"width:100000px\">A page a hundred thousand pixels wide.</p>");
        page("http://bomb.example/p", "<p>A picture that is a gzip bomb.</p><img src=\"/bomb.png\">");
        site.resource("http://bomb.example/bomb.png", SiteHandler.always(SiteResponse.of(200, "image/png", WarcFiles.gzipBomb(64L << 20))
                .withHeader("Content-Encoding", "gzip")));
        page("http://pictures.example/p", "<p>Two pictures sent without a length.</p><img src=\"/large.png\"><img src=\"/medium.png\">");
        site.resource("http://pictures.example/large.png", SiteHandler.always(SiteResponse.of(200, "image/png", largePng).withoutLength()));
        site.resource("http://pictures.example/medium.png", SiteHandler.always(SiteResponse.of(200, "image/png", mediumPng).withoutLength()));
        page("http://many.example/p", "<p>Three pictures, too many for one page.</p><img src=\"/1.png\"><img src=\"/2.png\"><img src=\"/3.png\">");
        for (int i = 1; i <= 3; i++) {
            site.resource("http://many.example/" + i + ".png", SiteHandler.always(SiteResponse.of(200, "image/png", mediumPng)));
        }
        site.page("http://endless.example/p", SiteHandler.always(SiteResponse.html("<p>and on and on</p>\n".repeat(100)).endless()));
        site.page("http://endless.example/gz", SiteHandler.always(SiteResponse.html("<p>and on and on</p>\n".repeat(4_000_000))
                .gzipped()));
    }

    @BeforeEach
    void launch() throws IOException {
        // each its own: a test that fails may leave its browser ended by the stall guard
        browser = Browser.launch(new BrowserSettings(Optional.empty(), false, Optional.empty(), site.browserArgs(),
                TIMEOUT, 1).withLimits(new BodyLimits(4 * MB, 5 * MB)));
    }

    @AfterEach
    void close() {
        browser.close();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void aPageTooTallForAPictureIsKeptWithAClippedScreenshot() throws Exception {
        Capture c = browser.capture("http://tall.example/p");
        assertTrue(c.failure().isEmpty(), () -> c.failure().toString());
        assertTrue(c.dom().contains("The end."), "the whole page is kept");
        BufferedImage shot = Pngs.read(c.screenshot());
        assertEquals(1280, shot.getWidth());
        assertEquals(16384, shot.getHeight());
        assertTrue(c.omissions().stream().anyMatch(o -> o.startsWith("screenshot clipped to the top-left 1280x16384 px of the 1280x100")),
                c.omissions().toString());
    }

    @Test
    void aPageTooWideForAPictureIsKeptWithAClippedScreenshot() throws Exception {
        Capture c = browser.capture("http://wide.example/p");
        assertTrue(c.failure().isEmpty(), () -> c.failure().toString());
        assertEquals(8192, Pngs.read(c.screenshot()).getWidth());
        assertEquals(1, c.omissions().size(), c.omissions().toString());
    }

    @Test
    void aDecompressionBombCostsAtMostTheLimitAndThePageIsKept() throws Exception {
        Capture c = browser.capture("http://bomb.example/p");
        assertTrue(c.failure().isEmpty(), () -> c.failure().toString());
        assertTrue(c.dom().contains("gzip bomb"));
        assertTrue(c.exchange("http://bomb.example/bomb.png").map(e -> e.body().length == 0).orElse(true));
        assertEquals(List.of("body of http://bomb.example/bomb.png left out: over 4 MB decoded (an endless or compressed"
                + " stream?); the page went without it"), c.omissions());
    }

    @Test
    void aBodyWithoutALengthIsMeasuredBeforeItIsRead() throws Exception {
        Capture c = browser.capture("http://pictures.example/p");
        assertTrue(c.failure().isEmpty(), () -> c.failure().toString());
        assertArrayEquals(mediumPng, c.exchange("http://pictures.example/medium.png").orElseThrow().body());
        assertEquals(0, c.exchange("http://pictures.example/large.png").orElseThrow().body().length);
        assertEquals(List.of("body of http://pictures.example/large.png left out: " + (largePng.length + MB / 2) / MB
                + " MB, over the limit of 4 MB for one body"), c.omissions());
    }

    @Test
    void thePageAsAWholeKeepsNoMoreThanItsLimit() throws Exception {
        Capture c = browser.capture("http://many.example/p");
        long kept = c.exchanges().stream().filter(e -> e.url().endsWith(".png")).filter(e -> e.body().length > 0).count();
        assertTrue(mediumPng.length * 3L > 5 * MB && mediumPng.length * 2L < 5 * MB, "the fixture fits two of three");
        assertEquals(2, kept);
        assertEquals(1, c.omissions().size(), c.omissions().toString());
        assertTrue(c.omissions().get(0).endsWith("left out: the page's bodies reached the limit of 5 MB"), c.omissions().toString());
    }

    @Test
    void anEndlessPageIsOutOfReachWithinItsTimeNotAFragment() throws Exception {
        Instant start = Instant.now();
        Capture plain = browser.capture("http://endless.example/p");
        assertEquals(Failure.Kind.TIMEOUT, plain.failure().orElseThrow().kind(), plain.failure().toString());
        assertTrue(plain.dom().isEmpty());
        // 72 MB of text in a few hundred kilobytes of gzip
        Capture compressed = browser.capture("http://endless.example/gz");
        assertEquals("the page did not end within 4 MB (an endless page?)", compressed.failure().orElseThrow().message());
        // bounded by the timeouts, not by the page: generous, since a busy machine slows both captures
        assertTrue(Duration.between(start, Instant.now()).compareTo(TIMEOUT.multipliedBy(10)) < 0);
    }

    private static void page(String url, String body) {
        site.page(url, SiteHandler.always(SiteResponse.html("<!doctype html><html><body>" + body + "</body></html>")));
    }

    /** A PNG of random pixels, which does not compress: about 3 bytes a pixel. */
    private static byte[] noise(int side) throws IOException {
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(side);
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                image.setRGB(x, y, random.nextInt());
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
