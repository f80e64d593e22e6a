package org.refkeeper.run;

import org.refkeeper.capture.Browser;
import org.refkeeper.capture.BrowserSettings;
import org.refkeeper.capture.Capture;

import java.io.IOException;
import java.time.Clock;

/**
 * A worker thread's own Chromium (Playwright is not thread-safe). A browser that dies is replaced once per
 * capture: one crash costs one source at most.
 */
public final class WorkerBrowser implements Capturer {
    private final BrowserSettings settings;
    private final Clock clock;
    private Browser browser;

    public WorkerBrowser(BrowserSettings settings, Clock clock) throws IOException {
        this.settings = settings;
        this.clock = clock;
        this.browser = Browser.launch(settings, clock);
    }

    @Override
    public Capture capture(String url) throws IOException {
        try {
            return browser().capture(url);
        } catch (IOException browserGone) {
            close();
            return browser().capture(url);
        }
    }

    private Browser browser() throws IOException {
        if (browser == null) {
            browser = Browser.launch(settings, clock);
        }
        return browser;
    }

    @Override
    public void close() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }
}
