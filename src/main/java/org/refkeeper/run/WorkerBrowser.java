package org.refkeeper.run;

import org.refkeeper.capture.Browser;
import org.refkeeper.capture.BrowserSettings;
import org.refkeeper.capture.Capture;

import java.io.IOException;

/**
 * A worker thread's own Chromium (Playwright is not thread-safe). A browser that dies is replaced once per
 * capture: one crash costs one source at most.
 */
public final class WorkerBrowser implements Capturer {
    private final BrowserSettings settings;
    private Browser browser;

    public WorkerBrowser(BrowserSettings settings) throws IOException {
        this.settings = settings;
        this.browser = Browser.launch(settings);
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
            browser = Browser.launch(settings);
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
