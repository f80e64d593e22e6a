package org.refkeeper.capture;

import org.refkeeper.chromium.StallGuard;
import org.refkeeper.chromium.BrowserEndpoint;
import org.refkeeper.chromium.BrowserSettings;
import org.refkeeper.chromium.RemoteLaunch;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.TimeoutError;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Connecting to a browser server: what is asked of it and what is checked is {@link RemoteLaunch}. */
final class RemoteBrowserLaunch {
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

    static BrowserType.ConnectOptions options(BrowserSettings settings) {
        return new BrowserType.ConnectOptions().setTimeout(RemoteLaunch.CONNECT_TIMEOUT_MS)
                .setHeaders(Map.of(RemoteLaunch.HEADER, RemoteLaunch.options(settings)));
    }

    /** Fails when the server's browser did not take what the user gave ({@link RemoteLaunch#check}). */
    static void checkSwitches(com.microsoft.playwright.Browser browser, BrowserEndpoint endpoint, BrowserSettings settings)
            throws IOException {
        if (!RemoteLaunch.needsCheck(settings)) {
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
        RemoteLaunch.check(commandLine, endpoint, settings);
    }

    static IOException unreachable(BrowserEndpoint endpoint, PlaywrightException e) {
        return RemoteLaunch.unreachable(endpoint, FailureMapper.message(e), e instanceof TimeoutError,
                Playwright.class.getPackage().getImplementationVersion(), e);
    }
}
