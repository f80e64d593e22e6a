package org.refkeeper.run;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refkeeper.browsers.RunBrowser;
import org.refkeeper.browsers.WorkerBrowser;
import org.refkeeper.chromium.BodyLimits;
import org.refkeeper.chromium.BrowserSettings;
import org.refkeeper.demo.SiteHandler;
import org.refkeeper.demo.SiteResponse;
import org.refkeeper.sources.Reference;
import org.refkeeper.sources.References;
import org.refkeeper.report.RunEntry;
import org.refkeeper.report.RunReport;
import org.refkeeper.store.ArchiveStore;
import org.refkeeper.testing.FaultSite;
import org.refkeeper.testing.PaperWeb;
import org.refkeeper.testing.WarcFiles;
import org.refkeeper.verdict.State;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 8, "Faults on the web": a web that resets, hangs, answers slowly, answers 500, 503 and 429 with
 * Retry-After, loops redirects, streams an endless page, serves a decompression bomb and a page a million pixels
 * tall. Run A sees it healthy, run B faulty. No source becomes vanished or changed because of a fault, Retry-After is
 * honoured, a wall leaves its host's other sources alone (blocked, unasked), sources out of reach are tried again
 * with waits in between, and no host ever serves two pages at once.
 */
class FaultyWebRunTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final Retries RETRIES = new Retries(3, Duration.ofSeconds(1), Duration.ofSeconds(5));

    @TempDir
    Path root;

    private final AtomicBoolean faulty = new AtomicBoolean();
    private final Map<String, State> expected = new LinkedHashMap<>();
    private final List<Reference> refs = new ArrayList<>();

    @Test
    void faultsMakeSourcesUnreachableOrBlockedNeverVanishedOrChanged() throws Exception {
        try (FaultSite site = FaultSite.start()) {
            build(site);
            BrowserSettings browser = new BrowserSettings(Optional.empty(), false, Optional.empty(), site.browserArgs(),
                    TIMEOUT, 2).withLimits(new BodyLimits(4L << 20, 16L << 20));
            RunReport a = run(browser);
            assertTrue(a.sources().stream().allMatch(e -> e.state() == State.NEW), () -> states(a));
            assertTrue(entry(a, "http://tall.example/p").omissions().stream().anyMatch(o -> o.startsWith("screenshot clipped")),
                    () -> entry(a, "http://tall.example/p").toString());

            faulty.set(true);
            Instant phaseB = Instant.now();
            RunReport b = run(browser);
            for (Map.Entry<String, State> e : expected.entrySet()) {
                assertEquals(e.getValue(), entry(b, e.getKey()).state(), e.getKey() + states(b));
            }
            assertTrue(b.sources().stream().noneMatch(e -> e.state() == State.VANISHED || e.state() == State.CHANGED));

            Map<String, List<Instant>> asked = site.arrivals().stream().filter(r -> !r.at().isBefore(phaseB))
                    .collect(Collectors.groupingBy(FaultSite.Arrival::url, Collectors.mapping(FaultSite.Arrival::at, Collectors.toList())));
            List<Instant> busy = asked.get("http://busy.example/p");
            assertEquals(2, busy.size(), "503, then asked again");
            assertTrue(Duration.between(busy.get(0), busy.get(1)).compareTo(Duration.ofSeconds(2)) >= 0,
                    "Retry-After: 2 honoured: " + busy);
            assertEquals(3, asked.get("http://down.example/p").size(), "a 500 is tried three times in all");
            List<Instant> down = asked.get("http://down.example/p");
            assertTrue(Duration.between(down.get(0), down.get(1)).compareTo(Duration.ofSeconds(1)) >= 0
                    && Duration.between(down.get(1), down.get(2)).compareTo(Duration.ofSeconds(2)) >= 0,
                    "waits of 1s, then 2s: " + down);
            assertEquals(1, asked.get("http://wall.example/a").size());
            assertTrue(!asked.containsKey("http://wall.example/b") && !asked.containsKey("http://wall.example/c"),
                    "after a 429 the host is left alone: " + asked.keySet());
            assertTrue(!asked.containsKey("http://mp.weixin.qq.com/s/second"), "after a captcha WeChat is left alone");
            assertTrue(entry(b, "http://wall.example/b").reason().contains("wall.example put up a wall"), entry(b, "http://wall.example/b").reason());
            assertTrue(entry(b, "http://huge.example/p").omissions().stream().anyMatch(o -> o.contains("bomb.png")),
                    () -> entry(b, "http://huge.example/p").toString());
            for (Map.Entry<String, Integer> host : site.mostPagesAtOnce().entrySet()) {
                assertEquals(1, host.getValue(), host.getKey() + " served more than one page at once");
            }
        }
    }

    private RunReport run(BrowserSettings browser) throws IOException {
        Clock clock = Clock.systemUTC();
        // the workers share one Chromium, as a run's do: a stall ends one worker's driver, not the others' pages
        try (ArchiveStore store = ArchiveStore.openForWriting(root, clock); RunBrowser chromium = new RunBrowser(browser)) {
            return new CaptureRun(store, new References(refs, List.of()), () -> new WorkerBrowser(chromium, browser, clock),
                    new RunPlan(2, 0, RETRIES, Selection.ALL), RunListener.NONE, clock).call();
        }
    }

    private void build(FaultSite site) throws IOException {
        article(site, "http://good.example/a", State.UNCHANGED, null);
        article(site, "http://good.example/b", State.UNCHANGED, null);
        article(site, "http://reset.example/p", State.UNREACHABLE, r -> SiteResponse.reset());
        article(site, "http://hang.example/p", State.UNREACHABLE, r -> SiteResponse.hang());
        article(site, "http://slow.example/p", State.UNCHANGED, r -> page("http://slow.example/p").delayed(Duration.ofSeconds(2)));
        AtomicInteger busy = new AtomicInteger();
        article(site, "http://busy.example/p", State.UNCHANGED, r -> busy.getAndIncrement() == 0
                ? SiteResponse.status(503, "busy").withHeader("Retry-After", "2") : page("http://busy.example/p"));
        article(site, "http://down.example/p", State.UNREACHABLE, r -> SiteResponse.status(500, "down"));
        article(site, "http://wall.example/a", State.BLOCKED, r -> SiteResponse.status(429, "slow down").withHeader("Retry-After", "3600"));
        article(site, "http://wall.example/b", State.BLOCKED, null);
        article(site, "http://wall.example/c", State.BLOCKED, null);
        wechat(site, "http://mp.weixin.qq.com/s/first", true);
        wechat(site, "http://mp.weixin.qq.com/s/second", false);
        article(site, "http://loop.example/p", State.UNREACHABLE, r -> SiteResponse.redirect(302, "http://loop.example/p"));
        article(site, "http://endless.example/p", State.UNREACHABLE,
                r -> SiteResponse.html("<p>and on and on</p>\n".repeat(200)).endless());
        article(site, "http://cut.example/p", State.UNREACHABLE, r -> page("http://cut.example/p").stalled());
        // always so: what a page is, not a fault of the moment
        article(site, "http://huge.example/p", State.UNCHANGED, null, "<img src=\"/bomb.png\">");
        site.resource("http://huge.example/bomb.png", SiteHandler.always(SiteResponse.of(200, "image/png", WarcFiles.gzipBomb(64L << 20))
                .withHeader("Content-Encoding", "gzip")));
        article(site, "http://tall.example/p", State.UNCHANGED, null, "<div style=\"height:1000000px\"></div>");
    }

    private void article(FaultSite site, String url, State inB, SiteHandler fault) {
        article(site, url, inB, fault, "");
    }

    private void article(FaultSite site, String url, State inB, SiteHandler fault, String extra) {
        SiteResponse healthy = page(url, extra);
        site.page(url, r -> faulty.get() && fault != null ? fault.answer(r) : healthy);
        refs.add(PaperWeb.cited(url, "", "notes/faults.md", refs.size() + 1));
        expected.put(url, inB);
    }

    private void wechat(FaultSite site, String url, boolean walls) {
        String article = "<!doctype html><html><head><meta charset=utf-8><title>文章</title></head><body>"
                + "<h1 id=activity-name>一篇文章</h1><div id=js_content><p>" + "正文，足够长的一段话。".repeat(20)
                + "</p></div></body></html>";
        String captcha = "<!doctype html><html><head><meta charset=utf-8><title>微信公众平台</title></head><body>"
                + "<div class=weui-msg><h2>环境异常</h2><p>当前环境异常，完成验证后即可继续访问。</p></div></body></html>";
        site.page(url, r -> SiteResponse.html(faulty.get() && walls ? captcha : article));
        refs.add(PaperWeb.cited(url, "", "notes/faults.md", refs.size() + 1));
        expected.put(url, State.BLOCKED);
    }

    private static SiteResponse page(String url) {
        return page(url, "");
    }

    private static SiteResponse page(String url, String extra) {
        return SiteResponse.html("<!doctype html><html><head><title>" + url + "</title></head><body><article><h1>" + url
                + "</h1><p>" + "An article that a note cites, long enough to be its main text. ".repeat(8) + "</p>"
                + extra + "</article></body></html>");
    }

    private static RunEntry entry(RunReport report, String url) {
        return report.sources().stream().filter(e -> e.url().equals(url)).findFirst()
                .orElseThrow(() -> new AssertionError("no entry for " + url + states(report)));
    }

    private static String states(RunReport r) {
        return r.sources().stream().map(e -> e.state() + " " + e.url() + " (" + e.reason() + ")")
                .collect(Collectors.joining("\n", "\n", ""));
    }

    static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
