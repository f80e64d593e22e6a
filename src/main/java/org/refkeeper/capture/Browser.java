package org.refkeeper.capture;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.Proxy;
import com.microsoft.playwright.options.ServiceWorkerPolicy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A headless Chromium that opens pages and records what it saw. Not thread-safe: use each Browser
 * from one thread (Playwright's rule); run several for concurrency.
 */
public final class Browser implements AutoCloseable {
    private static final List<String> SWITCHES = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
            "--disable-dev-shm-usage");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser chromium;
    private final BrowserSettings settings;
    private final String userAgent;
    private final StallGuard guard;
    private final Clock clock;

    private Browser(Playwright playwright, com.microsoft.playwright.Browser chromium, BrowserSettings settings,
                    Clock clock) {
        this(playwright, chromium, settings, clock, StallGuard.of(chromium));
    }

    private Browser(Playwright playwright, com.microsoft.playwright.Browser chromium, BrowserSettings settings,
                    Clock clock, StallGuard guard) {
        this.playwright = playwright;
        this.clock = clock;
        this.chromium = chromium;
        this.settings = settings;
        this.guard = guard;
        // Headless Chromium says "HeadlessChrome", which sites answer with walls; say what a desktop Chrome says.
        String major = chromium.version().split("\\.")[0];
        this.userAgent = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/"
                + major + ".0.0.0 Safari/537.36";
    }

    public static Browser launch(BrowserSettings settings) throws IOException {
        return launch(settings, Clock.systemUTC());
    }

    /** @param clock when each capture started, as its records say */
    public static Browser launch(BrowserSettings settings, Clock clock) throws IOException {
        Optional<String> proxy = settings.proxy().isEmpty() ? Optional.empty()
                : Optional.of(ProxyUrl.check(settings.proxy().get()));
        Path executable = ChromiumLocator.find(settings.chromium());
        DriverCache.use();
        Playwright playwright;
        try {
            // Playwright would otherwise try to download its own browsers, which cannot work offline.
            playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        } catch (PlaywrightException e) {
            throw new IOException("cannot start Playwright: " + FailureMapper.message(e), e);
        }
        try {
            List<String> args = new ArrayList<>(SWITCHES);
            args.addAll(settings.browserArgs());
            BrowserType.LaunchOptions options = new BrowserType.LaunchOptions()
                    .setExecutablePath(executable).setHeadless(true).setArgs(args);
            proxy.ifPresent(server -> options.setProxy(new Proxy(server)));
            return new Browser(playwright, playwright.chromium().launch(options), settings, clock);
        } catch (PlaywrightException e) {
            playwright.close();
            throw new IOException("cannot launch Chromium " + executable + ": " + FailureMapper.message(e), e);
        }
    }

    /**
     * A browser on a server that speaks Playwright's protocol instead of one launched here; what travels to it
     * and what does not: {@link RemoteBrowserLaunch}.
     *
     * @throws IOException naming the endpoint when it does not answer or will not run the switches asked for
     */
    public static Browser connect(BrowserEndpoint endpoint, BrowserSettings settings, Clock clock) throws IOException {
        DriverCache.use();
        RemoteBrowserLaunch.Relay relay = RemoteBrowserLaunch.relay(endpoint);
        Playwright playwright = relay.playwright();
        try {
            com.microsoft.playwright.Browser remote = playwright.chromium().connect(endpoint.url().toString(),
                    RemoteBrowserLaunch.options(SWITCHES, settings));
            RemoteBrowserLaunch.checkSwitches(remote, endpoint, settings);
            return new Browser(playwright, remote, settings, clock, StallGuard.ending(relay.driver()));
        } catch (PlaywrightException e) {
            playwright.close();
            throw RemoteBrowserLaunch.unreachable(endpoint, e);
        } catch (IOException | RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    /**
     * Opens {@code url} in a fresh context and returns what the browser saw. A page that cannot be loaded
     * gives a capture with a {@link Failure}.
     *
     * @throws IOException only when the browser itself is gone
     */
    public Capture capture(String url) throws IOException {
        if (guard.fired()) {
            throw new IOException("Chromium was ended when a file stopped arriving; start a new one to capture " + url);
        }
        Instant started = clock.instant();
        try (BrowserContext context = chromium.newContext(contextOptions())) {
            return new PageSession(context, settings.timeout(), settings.limits(), guard).capture(url, started);
        } catch (PlaywrightException e) {
            if (guard.fired()) {
                return Capture.failed(url, started, new Failure(Failure.Kind.TIMEOUT,
                        "a response stopped arriving: not all of it came within " + settings.timeout().toSeconds() + "s"));
            }
            if (!chromium.isConnected()) {
                throw new IOException("Chromium is gone, while capturing " + url + ": " + FailureMapper.message(e), e);
            }
            return Capture.failed(url, started, FailureMapper.map(e));
        }
    }

    private com.microsoft.playwright.Browser.NewContextOptions contextOptions() {
        return new com.microsoft.playwright.Browser.NewContextOptions()
                .setIgnoreHTTPSErrors(settings.ignoreHttpsErrors())
                .setViewportSize(1280, 900)
                .setUserAgent(userAgent)
                .setLocale("zh-CN")
                // files are caught before they would download (FileCatcher); nothing is saved behind its back
                .setAcceptDownloads(false)
                // A service worker could answer from its own cache, out of the recorder's sight.
                .setServiceWorkers(ServiceWorkerPolicy.BLOCK);
    }

    @Override
    public void close() {
        try {
            chromium.close();
        } catch (PlaywrightException e) {
            // Already gone: closing the driver below still ends every process.
        } finally {
            try {
                playwright.close();
            } catch (PlaywrightException e) {
                // the stall guard ended the driver already
            }
        }
    }
}
