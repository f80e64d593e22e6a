package org.refkeeper.chromium;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.util.Locale;

/**
 * What refkeeper asks of a browser server when it connects, and whether the browser it got is the one asked for.
 * A {@code playwright run-server} reads launch options from the {@code x-playwright-launch-options} header. It
 * takes {@code headless} and {@code proxy} from anyone; switches ({@code --browser-arg}) and an executable only
 * when it was started with {@code --unsafe}, and drops them silently otherwise; another service may read launch
 * options its own way. What the user gave is therefore checked on the browser's own command line: a
 * host-resolver rule or a proxy that did not travel would archive the wrong site, or from the wrong place.
 */
public final class RemoteLaunch {
    public static final String HEADER = "x-playwright-launch-options";
    /** Long enough for a busy server to start a Chromium, short enough that a dead one is named soon. */
    public static final double CONNECT_TIMEOUT_MS = 60_000;

    private RemoteLaunch() {
    }

    /** The header's value: headless, {@link Switches#of} the settings, their proxy and executable. */
    public static String options(BrowserSettings settings) {
        ObjectNode launch = new ObjectMapper().createObjectNode();
        launch.put("headless", true);
        Switches.of(settings).forEach(launch.putArray("args")::add);
        settings.proxy().ifPresent(server -> launch.putObject("proxy").put("server", server));
        // --chromium names a path on the server; without it the server uses its own browser
        settings.chromium().ifPresent(path -> launch.put("executablePath", path.toString()));
        return launch.toString();
    }

    /** Whether the settings ask for anything that a server may drop silently, so that the browser must be looked at. */
    public static boolean needsCheck(BrowserSettings settings) {
        return !settings.browserArgs().isEmpty() || settings.chromium().isPresent() || settings.proxy().isPresent();
    }

    /**
     * Fails when the server's browser runs without one of the switches the user gave, without the proxy, or
     * another executable than the one named.
     *
     * @param commandLine the remote browser's command line, as its {@code chrome://version} page shows it
     */
    public static void check(String commandLine, BrowserEndpoint endpoint, BrowserSettings settings) throws IOException {
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

    /**
     * A server that cannot be reached or would not give a browser, in one line that says what to do.
     *
     * @param why      the driver's words
     * @param timedOut whether no browser came within {@link #CONNECT_TIMEOUT_MS}
     * @param version  the Playwright version refkeeper is built with, if known
     */
    public static IOException unreachable(BrowserEndpoint endpoint, String why, boolean timedOut, String version,
                                          Throwable cause) {
        String lower = why.toLowerCase(Locale.ROOT);
        String advice;
        if (lower.contains("version mismatch") || lower.contains("428")) {
            why = "it runs another version of Playwright";
            advice = "run " + (version == null ? "the Playwright refkeeper is built with" : "Playwright " + version)
                    + " there";
        } else if (lower.contains("executable doesn't exist") || lower.contains("failed to launch")) {
            advice = "install a browser on the server (the Playwright image has one), or start it with "
                    + "'playwright run-server --unsafe' and name its browser with --chromium";
        } else {
            if (lower.contains("econnrefused")) {
                why = "connection refused";
            } else if (lower.contains("enotfound") || lower.contains("eai_again")) {
                why = "no such host";
            } else if (timedOut) {
                why = "no browser within " + (int) (CONNECT_TIMEOUT_MS / 1000) + "s";
            }
            advice = "start one there (npx playwright run-server --port 3000), or check the URL";
        }
        return new IOException("browser endpoint " + endpoint.shown() + " does not answer (" + why + "); " + advice, cause);
    }
}
