package org.refkeeper.web;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refkeeper.Archive;
import org.refkeeper.testing.ArchivedArticle;
import org.refkeeper.testing.Pngs;
import org.refkeeper.testing.TestChromium;
import org.refkeeper.testing.WechatLike;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The web UI in Chromium, over an archive where one article was edited and then vanished. */
class WebUiTest {
    @TempDir
    static Path dir;
    private static ArchivedArticle fixture;
    private static Archive archive;
    private static WebUi ui;
    private static TestChromium chromium;
    private BrowserContext context;
    private Page page;

    @BeforeAll
    static void serve() throws IOException {
        fixture = ArchivedArticle.build(dir);
        archive = fixture.open();
        ui = archive.serve(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        // the live sites resolve to the local site, so a request that the policy did not stop would arrive
        // there; the UI's own loopback address stays itself
        chromium = TestChromium.launch(fixture.site.browserArgs().stream()
                .map(a -> a.startsWith("--host-resolver-rules=") ? a + ", EXCLUDE 127.0.0.1" : a).toList());
    }

    @AfterAll
    static void stop() throws IOException {
        for (AutoCloseable c : new AutoCloseable[]{chromium, ui, archive, fixture}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception e) {
                throw new IOException(e);
            }
        }
    }

    @BeforeEach
    void open() {
        context = chromium.browser.newContext(new Browser.NewContextOptions().setIgnoreHTTPSErrors(true));
        page = context.newPage();
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void listShowsEverySourceWithItsState() {
        page.navigate(ui.uri().toString());
        Locator rows = page.locator("tr.source");
        assertEquals(2, rows.count());
        String article = row(ArchivedArticle.ARTICLE).innerText();
        assertTrue(article.contains("vanished") && article.contains("本地恢复测试文章"), article);
        assertTrue(row(ArchivedArticle.BLOG).innerText().contains("unchanged"));
    }

    @Test
    void filterByStateShowsOnlyTheVanishedOne() {
        page.navigate(ui.uri().toString());
        page.locator("nav.states a", new Page.LocatorOptions().setHasText("vanished")).click();
        assertTrue(page.url().endsWith("?state=vanished"), page.url());
        assertEquals(1, page.locator("tr.source").count());
        assertTrue(page.locator("tr.source").innerText().contains(ArchivedArticle.ARTICLE));
    }

    @Test
    void searchFindsASourceByAWordOfItsMainText() {
        page.navigate(ui.uri().toString());
        page.fill("input[name=q]", ArchivedArticle.SEARCH_WORD);
        page.click("form button");
        assertEquals(1, page.locator("tr.source").count());
        assertTrue(page.locator("tr.source").innerText().contains(ArchivedArticle.ARTICLE));
        assertTrue(page.locator(".snippet").innerText().contains(ArchivedArticle.SEARCH_WORD));
        page.fill("input[name=q]", "gzip-encoded");
        page.click("form button");
        assertEquals(List.of(ArchivedArticle.BLOG), page.locator("tr.source .url").allInnerTexts());
    }

    @Test
    void sourcePageShowsHistoryAndTheEditedParagraph() {
        openArticle();
        List<String> history = page.locator("ul.history li .state").allInnerTexts();
        assertEquals(List.of("new", "changed", "vanished"), history);
        assertTrue(page.innerText("body").contains("cited in notes/reading.md:"), "which note cites it");
        assertEquals(2, page.locator(".capture").count());
        assertTrue(page.locator("pre.diff .del").allInnerTexts().stream().anyMatch(l -> l.contains(ArchivedArticle.FIRST_DRAFT)));
        assertTrue(page.locator("pre.diff .add").allInnerTexts().stream().anyMatch(l -> l.contains(ArchivedArticle.EDITED)));
        Object shot = page.locator(".capture img").first().evaluate("img => img.decode().then(() => img.naturalWidth)");
        assertEquals(1280, ((Number) shot).intValue(), "screenshot of the newest capture");
    }

    @Test
    void restoredPageComesFromTheArchivedOriginUnderAPolicy() throws IOException {
        openArticle();
        String href = page.locator(".capture a.restored").first().getAttribute("href");
        Response response = page.navigate(href);
        assertEquals(200, response.status());
        assertNotEquals(URI.create(ui.uri().toString()).getPort(), URI.create(page.url()).getPort());
        String policy = response.headerValue("content-security-policy");
        for (String directive : List.of("default-src 'none'", "script-src 'none'", "connect-src 'none'",
                "form-action 'none'", "frame-ancestors " + origin(ui.uri()))) {
            assertTrue(policy.contains(directive), directive + " missing in " + policy);
        }
        assertEquals("nosniff", response.headerValue("x-content-type-options"));
        String text = page.innerText("body");
        assertTrue(text.contains(ArchivedArticle.EDITED) && text.contains("state now: vanished"), text);
        List<?> widths = (List<?>) page.evaluate("[...document.querySelectorAll('img.rich_pages')].map(i => i.naturalWidth)");
        for (int i = 0; i < widths.size(); i++) {
            assertEquals(Pngs.read(WechatLike.image(i)).getWidth(), ((Number) widths.get(i)).intValue());
        }
    }

    @Test
    void keptScriptsRunButCannotReachTheLiveWeb() {
        // the control: from a live page, without the policy, this browser does reach the beacon
        int before = fixture.beacons.get();
        page.navigate(ArchivedArticle.BLOG);
        page.evaluate("fetch('https://mp.weixin.qq.com/mp/beacon?from=control', {mode: 'no-cors'})");
        page.waitForCondition(() -> fixture.beacons.get() == before + 1);

        openArticle();
        String href = page.locator(".capture a.scripted").first().getAttribute("href");
        List<String> console = new CopyOnWriteArrayList<>();
        page.onConsoleMessage(m -> console.add(m.text()));
        Response response = page.navigate(href);
        assertTrue(response.headerValue("content-security-policy").contains("connect-src 'none'"));
        // the article's own script ran (it shows the text and reports how its beacon fared) ...
        page.waitForFunction("document.body.dataset.beacon === 'blocked'");
        // ... and its beacon never left the browser
        assertEquals(before + 1, fixture.beacons.get());
        assertTrue(console.stream().anyMatch(m -> m.contains("Content Security Policy")), console.toString());
    }

    @Test
    void archivedOriginServesNothingOutsideItsCopies() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        String commit = archive.runs().get(1).commit().orElseThrow();
        String base = ui.replayUri() + "page/" + commit + "/mp.weixin.qq.com/RestoreTestArticle01/";
        assertEquals(200, get(http, base + "index.html").statusCode());
        for (String escape : List.of("../../../../../../etc/passwd", "%2e%2e/%2e%2e/%2e%2e/refkeeper.json",
                ".refkeeper-restore.json", "..%2F..%2F..%2Fconfig")) {
            assertEquals(404, get(http, base + escape).statusCode(), escape);
        }
        assertEquals(404, get(http, ui.replayUri() + "page/" + commit + "/../../etc/passwd").statusCode());
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create(base + "index.html"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, post.statusCode());
    }

    private void openArticle() {
        page.navigate(ui.uri().toString());
        row(ArchivedArticle.ARTICLE).locator("a").first().click();
        page.waitForURL("**/source?id=*");
    }

    private Locator row(String url) {
        return page.locator("tr.source", new Page.LocatorOptions().setHasText(url));
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String origin(URI uri) {
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }
}
