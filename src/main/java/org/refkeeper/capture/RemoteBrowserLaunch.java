package org.refkeeper.capture;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.TimeoutError;
import org.refkeeper.chromium.BrowserEndpoint;
import org.refkeeper.chromium.BrowserSettings;
import org.refkeeper.chromium.RemoteLaunch;

import java.io.IOException;
import java.util.Map;

/** Connecting to a browser server: what is asked of it and what is checked is {@link RemoteLaunch}. */
final class RemoteBrowserLaunch {
    private RemoteBrowserLaunch() {
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
