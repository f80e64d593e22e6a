package org.refkeeper.capture;

import org.refkeeper.chromium.BrowserEndpoint;
import org.refkeeper.chromium.BrowserSettings;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.TimeoutError;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What refkeeper asks of a browser server when it connects: the launch options a {@code playwright run-server}
 * reads from the {@code x-playwright-launch-options} header. The server takes {@code headless} and {@code proxy}
 * from anyone; switches ({@code --browser-arg}) and an executable only when it was started with {@code --unsafe},
 * and drops them silently otherwise; another service may read launch options its own way. What the user gave
 * (switches, executable, proxy) is therefore checked on the browser's own command line: a host-resolver rule
 * or a proxy that did not travel would archive the wrong site, or from the wrong place.
 */
final class RemoteBrowserLaunch {
    /** Long enough for a busy server to start a Chromium, short enough that a dead one is named soon. */
    private static final double CONNECT_TIMEOUT_MS = 60_000;

    private RemoteBrowserLaunch() {
    }

    /**
     * Playwright here, which relays to the server, and its driver process: the stall guard ends that process to
     * break off a wait the protocol cannot bound, as it ends a local Chromium's (StallGuard). Started one at a
     * time, so that the driver is the one new child of this JVM; none is named when that cannot be told.
     */
    static synchronized Relay relay(BrowserEndpoint endpoint) throws IOException {
        Set<Long> before = ProcessHandle.current().children().map(ProcessHandle::pid).collect(Collectors.toSet());
        Playwright playwright;
        try {
            // the driver here only relays: it must not try to download browsers, which cannot work offline
            playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        } catch (PlaywrightException e) {
            throw new IOException("cannot start Playwright to reach " + endpoint.shown() + ": " + FailureMapper.message(e), e);
        }
        List<ProcessHandle> started = ProcessHandle.current().children().filter(p -> !before.contains(p.pid())).toList();
        return new Relay(playwright, started.size() == 1 ? Optional.of(started.get(0)) : Optional.empty());
    }

    /** Playwright here and the driver process it runs, when known. */
    record Relay(Playwright playwright, Optional<ProcessHandle> driver) {
    }

    /** @param switches the switches a Chromium launched here gets, asked of the server too */
    static BrowserType.ConnectOptions options(List<String> switches, BrowserSettings settings) {
        JsonObject launch = new JsonObject();
        launch.addProperty("headless", true);
        JsonArray args = new JsonArray();
        switches.forEach(args::add);
        settings.browserArgs().forEach(args::add);
        launch.add("args", args);
        settings.proxy().ifPresent(server -> {
            JsonObject proxy = new JsonObject();
            proxy.addProperty("server", server);
            launch.add("proxy", proxy);
        });
        // --chromium names a path on the server; without it the server uses its own browser
        settings.chromium().ifPresent(path -> launch.addProperty("executablePath", path.toString()));
        return new BrowserType.ConnectOptions().setTimeout(CONNECT_TIMEOUT_MS)
                .setHeaders(Map.of("x-playwright-launch-options", launch.toString()));
    }

    /**
     * Fails when the server's browser runs without one of the switches the user gave, without the proxy, or
     * another executable than the one named.
     */
    static void checkSwitches(com.microsoft.playwright.Browser browser, BrowserEndpoint endpoint, BrowserSettings settings)
            throws IOException {
        if (settings.browserArgs().isEmpty() && settings.chromium().isEmpty() && settings.proxy().isEmpty()) {
            return;
        }
        String commandLine;
        try (BrowserContext context = browser.newContext()) {
            // Chromium shows its own command line there; the protocol would only with --enable-automation
            Page page = context.newPage();
            page.navigate("chrome://version");
            commandLine = page.locator("#command_line").innerText();
        } catch (PlaywrightException e) {
            throw new IOException("browser endpoint " + endpoint.shown() + " does not show its browser's switches, so "
                    + "refkeeper cannot tell whether it took --browser-arg; leave --browser-arg out, or give the "
                    + "switches to the server itself", e);
        }
        if (settings.chromium().isPresent() && !commandLine.startsWith(settings.chromium().get() + " ")) {
            throw new IOException("browser endpoint " + endpoint.shown() + " did not run --chromium "
                    + settings.chromium().get() + ": a browser server chooses its own browser; start it with "
                    + "'playwright run-server --unsafe' to let refkeeper name one, or leave --chromium out");
        }
        if (settings.proxy().isPresent() && !commandLine.contains("--proxy-server=")) {
            // a server that reads launch options some other way (browserless: a query) would fetch pages directly
            throw new IOException("browser endpoint " + endpoint.shown() + " did not take --proxy: its browser runs "
                    + "without a proxy; give the proxy to the server itself, or leave --proxy out");
        }
        for (String arg : settings.browserArgs()) {
            if (!commandLine.contains(arg)) {
                throw new IOException("browser endpoint " + endpoint.shown() + " did not take --browser-arg " + arg
                        + ": a browser server chooses its own switches; start it with 'playwright run-server --unsafe' "
                        + "to let refkeeper pass them, or leave --browser-arg out");
            }
        }
    }

    /** A server that cannot be reached or would not give a browser, in one line that says what to do. */
    static IOException unreachable(BrowserEndpoint endpoint, PlaywrightException e) {
        String why = FailureMapper.message(e);
        String lower = why.toLowerCase(Locale.ROOT);
        String advice;
        if (lower.contains("version mismatch") || lower.contains("428")) {
            why = "it runs another version of Playwright";
            advice = "run " + Optional.ofNullable(Playwright.class.getPackage().getImplementationVersion())
                    .map(v -> "Playwright " + v).orElse("the Playwright refkeeper is built with") + " there";
        } else if (lower.contains("executable doesn't exist") || lower.contains("failed to launch")) {
            advice = "install a browser on the server (the Playwright image has one), or start it with "
                    + "'playwright run-server --unsafe' and name its browser with --chromium";
        } else {
            if (lower.contains("econnrefused")) {
                why = "connection refused";
            } else if (lower.contains("enotfound") || lower.contains("eai_again")) {
                why = "no such host";
            } else if (e instanceof TimeoutError) {
                why = "no browser within " + (int) (CONNECT_TIMEOUT_MS / 1000) + "s";
            }
            advice = "start one there (npx playwright run-server --port 3000), or check the URL";
        }
        return new IOException("browser endpoint " + endpoint.shown() + " does not answer (" + why + "); " + advice, e);
    }
}
