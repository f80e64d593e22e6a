package org.refkeeper.capture;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.Proxy;
import com.microsoft.playwright.options.ServiceWorkerPolicy;
import org.refkeeper.chromium.BrowserEndpoint;
import org.refkeeper.chromium.BrowserSettings;
import org.refkeeper.chromium.ChromiumLocator;
import org.refkeeper.chromium.ProxyUrl;
import org.refkeeper.chromium.StallGuard;
import org.refkeeper.chromium.Switches;
import org.refkeeper.page.Capture;
import org.refkeeper.page.Failure;
import org.refkeeper.page.Glance;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * A headless Chromium that opens pages and records what it saw. Not thread-safe: use each Browser
 * from one thread (Playwright's rule); run several for concurrency.
 */
public final class Browser implements AutoCloseable {
    private final Playwright playwright;
    private final com.microsoft.playwright.Browser chromium;
    private final BrowserSettings settings;
    private final String userAgent;
    private final StallGuard guard;
    private final Clock clock;

    private Browser(Playwright playwright, com.microsoft.playwright.Browser chromium, BrowserSettings settings,
                    Clock clock, StallGuard guard) {
        this.playwright = playwright;
        this.clock = clock;
        this.chromium = chromium;
        this.settings = settings;
        this.guard = guard;
        this.userAgent = Switches.userAgent(chromium.version());
    }

    public static Browser launch(BrowserSettings settings) throws IOException {
        return launch(settings, Clock.systemUTC());
    }

    /** @param clock when each capture started, as its records say */
    public static Browser launch(BrowserSettings settings, Clock clock) throws IOException {
        Optional<String> proxy = settings.proxy().isEmpty() ? Optional.empty()
                : Optional.of(ProxyUrl.check(settings.proxy().get()));
        Path executable = ChromiumLocator.find(settings.chromium());
        Playwright playwright = PlaywrightDriver.start("").playwright();
        try {
            BrowserType.LaunchOptions options = new BrowserType.LaunchOptions()
                    .setExecutablePath(executable).setHeadless(true).setArgs(Switches.of(settings));
            proxy.ifPresent(server -> options.setProxy(new Proxy(server)));
            com.microsoft.playwright.Browser chromium = playwright.chromium().launch(options);
            return new Browser(playwright, chromium, settings, clock, guardOf(chromium));
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
        PlaywrightDriver relay = PlaywrightDriver.start(" to reach " + endpoint.shown());
        Playwright playwright = relay.playwright();
        try {
            com.microsoft.playwright.Browser remote = playwright.chromium().connect(endpoint.url().toString(),
                    RemoteBrowserLaunch.options(settings));
            RemoteBrowserLaunch.checkSwitches(remote, endpoint, settings);
            return new Browser(playwright, remote, settings, clock, StallGuard.ofDriver(relay.process()));
        } catch (PlaywrightException e) {
            playwright.close();
            throw RemoteBrowserLaunch.unreachable(endpoint, e);
        } catch (IOException | RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    /**
     * A browser of this thread's own on a Chromium that several threads share: its pages open there, each in a
     * context of its own. When a wait stalls, the guard ends this thread's Playwright driver, not the Chromium.
     */
    public static Browser attach(SharedChromium shared, BrowserSettings settings, Clock clock) throws IOException {
        PlaywrightDriver own = PlaywrightDriver.start("");
        Playwright playwright = own.playwright();
        try {
            com.microsoft.playwright.Browser chromium = playwright.chromium().connectOverCDP(shared.endpoint());
            return new Browser(playwright, chromium, settings, clock, StallGuard.ofDriver(own.process()));
        } catch (PlaywrightException e) {
            playwright.close();
            throw new IOException("cannot reach the run's Chromium at " + shared.endpoint() + ": "
                    + FailureMapper.message(e), e);
        }
    }

    /** The guard of a Chromium launched here; inert where its processes cannot be found. */
    private static StallGuard guardOf(com.microsoft.playwright.Browser chromium) {
        try {
            CDPSession session = chromium.newBrowserCDPSession();
            try {
                for (JsonElement process : session.send("SystemInfo.getProcessInfo").getAsJsonArray("processInfo")) {
                    JsonObject info = process.getAsJsonObject();
                    if (info.get("type").getAsString().equals("browser")) {
                        return StallGuard.ofChromium(info.get("id").getAsLong());
                    }
                }
            } finally {
                session.detach();
            }
        } catch (PlaywrightException | IllegalStateException | NullPointerException e) {
            // an older or stranger Chromium: no guard, waits are then as long as the server makes them
        }
        return StallGuard.ofDriver(Optional.empty());
    }

    /**
     * Opens {@code url} in a fresh context and returns what the browser saw. A page that cannot be loaded
     * gives a capture with a {@link Failure}.
     *
     * @throws IOException only when the browser itself is gone
     */
    public Capture capture(String url) throws IOException {
        return capture(url, Glance.NONE);
    }

    /**
     * Opens {@code url} like {@link #capture(String)}, but ends as soon as {@code glance} finds the loaded page
     * settles the check: that capture holds the DOM and status alone.
     *
     * @throws IOException only when the browser itself is gone
     */
    public Capture capture(String url, Glance glance) throws IOException {
        if (guard.fired()) {
            throw new IOException("Chromium was ended when a file stopped arriving; start a new one to capture " + url);
        }
        Instant started = clock.instant();
        try (BrowserContext context = chromium.newContext(contextOptions())) {
            return new PageSession(context, settings.timeout(), settings.limits(), guard).capture(url, started, glance);
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
