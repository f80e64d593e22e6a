package org.refkeeper.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The obvious program, run in its own JVM by the bench: one Chromium; for each page a new context, load, scroll to
 * the end, wait for a quiet network (no request for 500 ms), full-page screenshot; nothing stored. Times each step.
 * <p>
 * Arguments: result file, file of URLs (one a line), the Chromium switch that maps host names to the local site.
 */
public final class PlainLoop {
    static final String CHROMIUM = "/usr/lib/chromium/chromium";
    private static final long QUIET_MILLIS = 500;

    /** Scrolls a screen at a time, letting two frames pass each time so that the page's observers see it. */
    private static final String SCROLL = """
            async () => {
              const frames = () => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
              for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight) {
                scrollTo(0, y);
                await frames();
              }
              scrollTo(0, document.documentElement.scrollHeight);
              await frames();
            }""";

    /** Pictures now shown in full: the real photos are 800 pixels wide, placeholders much less. */
    private static final String LAZY_SHOWN = """
            () => [...document.querySelectorAll('img[data-src], img[loading=lazy]')]
                    .filter(img => img.complete && img.naturalWidth === 800).length""";

    private PlainLoop() {
    }

    public static void main(String[] args) throws Exception {
        Path result = Path.of(args[0]);
        List<String> urls = Files.readAllLines(Path.of(args[1]));
        String hostRules = args[2];
        Map<String, Double> steps = new TreeMap<>();
        Window window = Window.open();
        Stopwatch clock = new Stopwatch(steps);
        long lazyShown = 0;
        long screenshotBytes = 0;
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
             Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                     .setExecutablePath(Path.of(CHROMIUM)).setHeadless(true).setArgs(List.of(hostRules)))) {
            window.put("chromiumVersion", browser.version());
            clock.lap("launch");
            for (String url : urls) {
                BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                        .setIgnoreHTTPSErrors(true).setViewportSize(1280, 900));
                Page page = context.newPage();
                Quiet quiet = new Quiet(page);
                clock.lap("context");
                page.navigate(url);
                clock.lap("load");
                page.evaluate(SCROLL);
                clock.lap("scroll");
                page.waitForCondition(() -> quiet.quietFor(QUIET_MILLIS));
                clock.lap("quiet network");
                screenshotBytes += page.screenshot(new Page.ScreenshotOptions().setFullPage(true)).length;
                clock.lap("screenshot");
                lazyShown += ((Number) page.evaluate(LAZY_SHOWN)).longValue();
                context.close();
                clock.lap("close");
            }
        }
        clock.lap("shut down");
        steps.forEach((step, seconds) -> window.put("step." + step, seconds));
        window.put("pages", urls.size()).put("lazyCaptured", lazyShown).put("screenshotBytes", screenshotBytes);
        window.close(result);
        System.exit(0); // whatever threads a library left behind, the bench waits for this JVM to end
    }

    /** Requests in flight on one page, and when the last one started or ended. */
    private static final class Quiet {
        private int inFlight;
        private long lastActivity = System.nanoTime();

        Quiet(Page page) {
            page.onRequest(r -> change(+1));
            page.onRequestFinished(r -> change(-1));
            page.onRequestFailed(r -> change(-1));
        }

        private void change(int by) {
            inFlight += by;
            lastActivity = System.nanoTime();
        }

        boolean quietFor(long millis) {
            return inFlight <= 0 && System.nanoTime() - lastActivity >= millis * 1_000_000;
        }
    }

    /** Adds the time since the last lap to a step's total. */
    private static final class Stopwatch {
        private final Map<String, Double> totals;
        private long last = System.nanoTime();

        Stopwatch(Map<String, Double> totals) {
            this.totals = totals;
        }

        void lap(String step) {
            long now = System.nanoTime();
            totals.merge(step, (now - last) / 1e9, Double::sum);
            last = now;
        }
    }
}
