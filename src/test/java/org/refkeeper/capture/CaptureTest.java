package org.refkeeper.capture;

import org.refkeeper.page.Capture;
import org.refkeeper.page.Exchange;
import org.refkeeper.page.Header;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.refkeeper.testing.Fixtures;
import org.refkeeper.testing.Pages;
import org.refkeeper.testing.Pngs;
import org.refkeeper.testing.RealWorld;
import org.refkeeper.testing.WechatLike;
import org.refkeeper.verdict.Assessment;
import org.refkeeper.verdict.Judge;
import org.refkeeper.verdict.Outcome;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pages that load: what the capture holds must be what a reader's browser showed. */
class CaptureTest {
    private static Fixtures fixtures;
    private static Capture article;

    @BeforeAll
    static void start() throws IOException {
        fixtures = Fixtures.start(Duration.ofSeconds(15));
        article = fixtures.capture(WechatLike.ARTICLE);
    }

    @AfterAll
    static void stop() {
        fixtures.close();
    }

    @Test
    void wechatImagesAreTheRealPicturesNotTheHotlinkPlaceholder() {
        assertTrue(article.failure().isEmpty(), () -> "failed: " + article.failure());
        for (int i = 0; i < WechatLike.IMAGES.size(); i++) {
            String url = WechatLike.IMAGES.get(i);
            Exchange image = article.exchange(url).orElseThrow(() -> new AssertionError("never loaded: " + url));
            assertArrayEquals(WechatLike.image(i), image.body(), url);
            assertTrue(image.requestHeader("Referer").orElse("").startsWith("https://mp.weixin.qq.com/"), url);
        }
        assertTrue(article.exchanges().stream().noneMatch(e -> Arrays.equals(e.body(), WechatLike.PLACEHOLDER)));
    }

    @Test
    void screenshotIsAPngOfTheWholePage() throws IOException {
        BufferedImage shot = Pngs.read(article.screenshot());
        assertEquals(1280, shot.getWidth());
        assertTrue(shot.getHeight() > 3 * 1400, "height " + shot.getHeight());
        assertArrayEquals(new byte[]{(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(article.screenshot(), 4));
    }

    @Test
    void scrollingToTheEndLoadsWhatTheReaderWouldSee() {
        assertTrue(article.dom().contains(WechatLike.COMMENT_TEXT), "comments never loaded");
        Exchange comments = article.exchange(WechatLike.COMMENTS + "?" + WechatLike.COMMENTS_QUERY).orElseThrow();
        assertEquals("POST", comments.method());
        assertEquals("offset=0&limit=10", new String(comments.requestBody(), StandardCharsets.UTF_8));
    }

    @Test
    void mainDocumentComesFirstWithItsStatus() {
        assertEquals(200, article.status());
        assertEquals(WechatLike.ARTICLE, article.finalUrl());
        assertEquals(WechatLike.ARTICLE, article.exchanges().get(0).url());
        assertFalse(article.exchanges().get(0).date().isBefore(article.started().minusSeconds(1)));
    }

    @Test
    void captureWaitsForWhatThePageFetchesLate() throws IOException {
        Capture page = fixtures.capture(Pages.LATE_IMAGE);
        Exchange image = page.exchange(Pages.LATE_IMAGE_SRC).orElseThrow(() -> new AssertionError("not waited for"));
        assertArrayEquals(Pages.PICTURE, image.body());
    }

    @Test
    void textWrittenByScriptIsInTheDom() throws IOException {
        Capture page = fixtures.capture(Pages.SCRIPTED);
        assertTrue(page.dom().contains(Pages.SCRIPTED_TEXT));
        String served = new String(page.exchange(Pages.SCRIPTED).orElseThrow().body(), StandardCharsets.UTF_8);
        assertFalse(served.contains(Pages.SCRIPTED_TEXT), "the test page should only carry it escaped");
    }

    @Test
    void repeatedResponseHeadersAreAllKept() throws IOException {
        Exchange page = fixtures.capture(Pages.SCRIPTED).exchange(Pages.SCRIPTED).orElseThrow();
        List<String> cookies = page.responseHeaders().stream()
                .filter(h -> h.name().equalsIgnoreCase("Set-Cookie")).map(Header::value).toList();
        assertEquals(List.of("first=1; Path=/", "second=2; Path=/"), cookies);
    }

    @Test
    void redirectIsFollowedAndBothResponsesKept() throws IOException {
        Capture page = fixtures.capture(Pages.OLD);
        assertEquals(Pages.MOVED, page.finalUrl());
        assertEquals(List.of(Pages.OLD, Pages.MOVED), page.redirects());
        assertEquals(200, page.status());
        Exchange redirect = page.exchanges().get(0);
        assertEquals(Pages.OLD, redirect.url());
        assertEquals(302, redirect.status());
        assertEquals(Pages.MOVED, redirect.responseHeader("Location").orElseThrow());
        assertEquals(0, redirect.body().length);
        assertTrue(page.exchange(Pages.MOVED).isPresent());
    }

    @Test
    void redirectByScriptIsFollowedToo() throws IOException {
        Capture page = fixtures.capture(Pages.SCRIPT_REDIRECT);
        assertTrue(page.failure().isEmpty(), () -> "failed: " + page.failure());
        assertEquals(Pages.MOVED, page.finalUrl());
        assertEquals(List.of(Pages.SCRIPT_REDIRECT, Pages.MOVED), page.redirects());
        assertTrue(page.dom().contains("the post, moved"));
    }

    @Test
    void pageThatMovesOnWhileScrolledIsCapturedWhereItEnded() throws IOException {
        Capture page = fixtures.capture(Pages.MOVED_ON_SCROLL);
        assertTrue(page.failure().isEmpty(), () -> "failed: " + page.failure());
        assertEquals(Pages.MOVED, page.finalUrl());
        assertTrue(page.dom().contains("the post, moved"));
    }

    @Test
    void gzipBodyIsDecodedButItsEncodingStillNamed() throws IOException {
        Exchange page = fixtures.capture(Pages.GZIPPED).exchange(Pages.GZIPPED).orElseThrow();
        assertTrue(new String(page.body(), StandardCharsets.UTF_8).contains(Pages.GZIPPED_TEXT));
        assertEquals("gzip", page.responseHeader("Content-Encoding").orElseThrow());
    }

    @Test
    void serverErrorIsALoadedPageNotAFailure() throws IOException {
        Capture page = fixtures.capture(Pages.UNAVAILABLE);
        assertTrue(page.failure().isEmpty());
        assertEquals(503, page.status());
        assertTrue(page.dom().contains("try again later"));
    }

    @Test
    void plainHttpIsServedToo() throws IOException {
        Capture page = fixtures.capture(Pages.PLAIN);
        assertEquals(200, page.status());
        assertTrue(page.dom().contains("plain http"));
    }

    static List<Path> realWechatPages() {
        return RealWorld.wechatPages();
    }

    /**
     * The capture reads as the page the server sent: whatever kind of post it is, the judge finds the same
     * main content in the rendered DOM as in the server's HTML (WeChat's own scripts, which would render more,
     * are not reachable here; the page's inline scripts run).
     */
    @ParameterizedTest
    @MethodSource("realWechatPages")
    void realWechatPageKeepsItsText(Path saved) throws IOException {
        String url = RealWorld.wechatUrl(saved);
        Capture page = fixtures.capture(url);
        assertTrue(page.failure().isEmpty(), () -> "failed: " + page.failure());
        assertEquals(200, page.status());
        Capture sent = new Capture(url, url, List.of(url), 200, page.started(), List.of(), new byte[0],
                Files.readString(saved), Optional.empty());
        Judge judge = new Judge();

        Assessment expected = judge.assess(sent);
        Assessment captured = judge.assess(page);

        assertEquals(expected.outcome(), captured.outcome(), () -> saved.getFileName() + ": " + captured.reason());
        assertEquals(expected.fingerprint(), captured.fingerprint(), () -> "lost text of " + saved.getFileName());
        if (expected.outcome() == Outcome.GOOD) {
            assertFalse(captured.mainText().isBlank());
        } else {
            assertEquals(expected.reason(), captured.reason());
        }
    }
}
