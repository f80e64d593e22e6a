package org.refkeeper.restore;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitUntilState;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.refkeeper.page.Header;
import org.refkeeper.testing.NetLog;
import org.refkeeper.testing.Pngs;
import org.refkeeper.testing.TestChromium;
import org.refkeeper.verdict.State;
import org.refkeeper.warc.Snapshot;
import org.refkeeper.warc.StoredResource;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A restored copy of a page that tries every way to reach the network, opened in Chromium with every request
 * logged twice (Playwright's request events, and Chromium's own network log): with or without its scripts it
 * asks for nothing but its own files, and stays where it is.
 */
class OfflineTest {
    private static final Instant AT = Instant.parse("2026-11-29T12:00:00Z");
    private static final Set<String> LOCAL = Set.of("file:", "data:", "blob:", "about:");
    /** Chromium's own background requests (component updates, clock, accounts): the browser's, not the page's. */
    private static final List<String> BROWSER_OWN = List.of("google\\.com", "googleapis\\.com", "gstatic\\.com");

    @TempDir
    Path dir;

    @ParameterizedTest(name = "keepScripts={0}")
    @ValueSource(booleans = {false, true})
    void aRestoredCopyAsksForNothingOutsideItsFolder(boolean keepScripts) throws Exception {
        Path index = restore(keepScripts);
        Path netLog = dir.resolve("net-log.json");
        List<String> requests = new CopyOnWriteArrayList<>();
        Map<String, Boolean> blockedByPolicy = new ConcurrentHashMap<>();
        Object triedAll;
        Object keptWidth;
        String at;
        // every host name resolves to nothing: a request that slipped through is logged, and goes nowhere
        try (TestChromium chromium = TestChromium.launch(List.of("--log-net-log=" + netLog,
                "--host-resolver-rules=MAP * ~NOTFOUND"))) {
            BrowserContext context = chromium.browser.newContext(new Browser.NewContextOptions().setViewportSize(800, 600));
            context.onRequest(r -> requests.add(r.url()));
            context.onRequestFailed(r -> blockedByPolicy.put(r.url(), "csp".equals(r.failure())));
            context.onPage(p -> p.onWebSocket(ws -> requests.add(ws.url())));
            Page page = context.newPage();
            page.onWebSocket(ws -> requests.add(ws.url()));
            page.navigate(index.toUri().toString(), new Page.NavigateOptions().setWaitUntil(WaitUntilState.COMMIT));
            page.waitForTimeout(3000); // the page's loads, its scripts' timers, the refresh that was there
            triedAll = page.evaluate("window.triedAll === true");
            keptWidth = page.evaluate("document.getElementById('kept').naturalWidth");
            at = page.url();
            context.close();
        }
        assertEquals(keepScripts, triedAll, "the scripts ran only when kept");
        assertEquals(7, ((Number) keptWidth).intValue(), "the captured picture shows, from its local file");
        assertEquals(index.toUri().toString(), at, "still the restored page: nothing navigated it away");
        Set<String> network = outside(NetLog.requestedUrls(netLog));
        network.removeIf(u -> BROWSER_OWN.stream().anyMatch(h -> u.matches("https?://([a-z0-9-]+\\.)*" + h + "/.*")));
        assertEquals(Set.of(), network, "requests in Chromium's network log");
        if (keepScripts) {
            // the scripts ask, and the browser refuses by the copy's policy before any request leaves
            Set<String> allowed = outside(requests);
            allowed.removeIf(u -> blockedByPolicy.getOrDefault(u, false));
            assertEquals(Set.of(), allowed, "requests Playwright saw that the policy did not block");
            assertTrue(outside(requests).size() > 10, "the scripts did try: " + requests);
        } else {
            assertEquals(Set.of(), outside(requests), "requests Playwright saw");
        }
    }

    private Path restore(boolean keepScripts) throws IOException {
        StoredResource picture = new StoredResource(HostilePage.PICTURE, 200, "image/png",
                List.of(new Header("Content-Type", "image/png")), Pngs.solid(7, 5, Color.ORANGE), AT);
        Snapshot snapshot = new Snapshot(HostilePage.URL, AT, Optional.empty(), List.of(picture), Optional.empty(),
                Optional.of(HostilePage.html()), Optional.empty(), Optional.empty());
        RestoredPage page = RestoredPage.of(snapshot, HostilePage.URL, AT, State.UNCHANGED,
                keepScripts ? CopyPolicy.SCRIPTED : CopyPolicy.OFFLINE);
        Path copy = Files.createDirectories(dir.resolve("copy"));
        Files.writeString(copy.resolve(OfflineCopy.PAGE), page.html());
        for (Map.Entry<String, byte[]> f : page.files().entrySet()) {
            Path file = copy.resolve(LocalResources.FOLDER).resolve(f.getKey());
            Files.createDirectories(file.getParent());
            Files.write(file, f.getValue());
        }
        return copy.resolve(OfflineCopy.PAGE);
    }

    private static Set<String> outside(Iterable<String> urls) {
        Set<String> out = new TreeSet<>();
        for (String url : urls) {
            if (LOCAL.stream().noneMatch(url::startsWith)) {
                out.add(url);
            }
        }
        return out;
    }
}
