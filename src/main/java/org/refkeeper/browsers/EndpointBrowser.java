package org.refkeeper.browsers;

import org.refkeeper.run.Capturer;
import org.refkeeper.capture.Browser;
import org.refkeeper.chromium.BrowserEndpoint;
import org.refkeeper.chromium.BrowserSettings;
import org.refkeeper.page.Capture;
import org.refkeeper.page.Failure;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

/**
 * A worker's browser on a browser server. A browser that is lost is connected to again once per capture, as a
 * local one is launched again ({@link WorkerBrowser}): the server may have lost only that browser, or a Service in
 * front of several servers may send the new connection to another. When the server does not answer either, the
 * worker retires and the check is void ({@link #lost}): its source goes back to the run for another worker.
 */
final class EndpointBrowser implements Capturer {
    /** How long the last worker leaves a server that did not answer before asking it again. */
    private static final Duration QUIET = Duration.ofSeconds(30);

    private final BrowserEndpoint endpoint;
    private final BrowserSettings settings;
    private final Clock clock;
    private final BrowserEndpoints places;
    private Browser browser;
    private boolean lost;
    private long quietUntil = System.nanoTime();
    private String silence = "";
    private boolean closed;

    EndpointBrowser(BrowserEndpoint endpoint, BrowserSettings settings, Clock clock, BrowserEndpoints places)
            throws IOException {
        this.endpoint = endpoint;
        this.settings = settings;
        this.clock = clock;
        this.places = places;
        this.browser = Browser.connect(endpoint, settings, clock);
    }

    private EndpointBrowser(BrowserEndpoint endpoint, String why) {
        this.endpoint = endpoint;
        this.settings = null;
        this.clock = null;
        this.places = null;
        this.lost = true;
        this.silence = why;
    }

    /** A worker whose server did not answer when it connected, while other workers go on: it checks nothing. */
    static EndpointBrowser retired(BrowserEndpoint endpoint, String why) {
        return new EndpointBrowser(endpoint, why);
    }

    @Override
    public Capture capture(String url) throws IOException {
        if (lost) {
            throw new IOException("browser endpoint " + endpoint.shown() + " was lost in this run; not capturing " + url
                    + (silence.isEmpty() ? "" : ": " + silence));
        }
        if (browser != null) {
            try {
                Capture capture = browser.capture(url);
                if (!browserFailed(capture)) {
                    return capture;
                }
            } catch (IOException gone) {
                // connected to again below
            }
            drop();
        }
        connect(url);
        // a second failure on a fresh browser is the page's own doing, as with a local Chromium
        return browser.capture(url);
    }

    /**
     * Connects again; when the server does not answer, retires this worker if it may. The last worker keeps
     * going, but asks a silent server again only after a pause: the sources in between are its errors at once,
     * not a connection timeout each.
     */
    private void connect(String url) throws IOException {
        if (System.nanoTime() - quietUntil < 0) {
            throw new IOException("not capturing " + url + ": " + silence);
        }
        try {
            browser = Browser.connect(endpoint, settings, clock);
        } catch (IOException unreachable) {
            lost = places.retire();
            silence = unreachable.getMessage();
            quietUntil = System.nanoTime() + QUIET.toNanos();
            throw new IOException("lost browser endpoint " + endpoint.shown() + " while capturing " + url + "; "
                    + unreachable.getMessage(), unreachable);
        }
    }

    /**
     * A failure of the browser itself: over a connection that has just dropped, Playwright reports "Browser has been
     * closed" before it knows the browser is disconnected, so such a capture is taken again on a fresh connection.
     */
    private static boolean browserFailed(Capture capture) {
        return capture.failure().map(f -> f.kind() == Failure.Kind.BROWSER).orElse(false);
    }

    /** Whether the server was lost during the last capture and this worker retired: that check does not count. */
    @Override
    public boolean lost() {
        return lost;
    }

    private void drop() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @Override
    public void close() {
        drop();
        if (!closed && !lost) {
            places.closed(endpoint);
        }
        closed = true;
    }
}
