package org.refkeeper.browsers;

import org.refkeeper.run.Capturer;
import org.refkeeper.capture.Browser;
import org.refkeeper.chromium.BrowserSettings;
import org.refkeeper.page.Capture;
import org.refkeeper.page.Glance;

import java.io.IOException;
import java.time.Clock;
import java.util.Optional;

/**
 * A worker thread's own browser (Playwright is not thread-safe): attached to the run's shared Chromium, or a
 * Chromium of its own. A browser that dies is replaced once per capture: one crash costs one source at most.
 */
public final class WorkerBrowser implements Capturer {
    private final Optional<RunBrowser> shared;
    private final BrowserSettings settings;
    private final Clock clock;
    private Browser browser;

    /** A worker with a Chromium of its own. */
    public WorkerBrowser(BrowserSettings settings, Clock clock) throws IOException {
        this(Optional.empty(), settings, clock);
    }

    /** A worker whose pages open in the run's shared Chromium. */
    public WorkerBrowser(RunBrowser shared, BrowserSettings settings, Clock clock) throws IOException {
        this(Optional.of(shared), settings, clock);
    }

    private WorkerBrowser(Optional<RunBrowser> shared, BrowserSettings settings, Clock clock) throws IOException {
        this.shared = shared;
        this.settings = settings;
        this.clock = clock;
        this.browser = open();
    }

    @Override
    public Capture capture(String url) throws IOException {
        return capture(url, Glance.NONE);
    }

    @Override
    public Capture capture(String url, Glance glance) throws IOException {
        try {
            return browser().capture(url, glance);
        } catch (IOException browserGone) {
            close();
            return browser().capture(url, glance);
        }
    }

    private Browser browser() throws IOException {
        if (browser == null) {
            browser = open();
        }
        return browser;
    }

    private Browser open() throws IOException {
        return shared.isPresent() ? Browser.attach(shared.get().current(), settings, clock) : Browser.launch(settings, clock);
    }

    @Override
    public void close() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }
}
