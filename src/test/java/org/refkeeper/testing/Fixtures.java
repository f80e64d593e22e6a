package org.refkeeper.testing;

import org.refkeeper.capture.Browser;
import org.refkeeper.chromium.BrowserSettings;
import org.refkeeper.page.Capture;
import org.refkeeper.demo.LocalSite;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/**
 * A local site holding every test page ({@link WechatLike}, {@link Pages}, {@link RealWorld}) and a
 * browser that reaches it under the real host names; start one per test class, it is slow to start.
 */
public final class Fixtures implements AutoCloseable {
    private final LocalSite site;
    private final Browser browser;

    private Fixtures(LocalSite site, Browser browser) {
        this.site = site;
        this.browser = browser;
    }

    /** A browser that accepts the site's self-signed certificate. */
    public static Fixtures start(Duration timeout) throws IOException {
        return start(timeout, true);
    }

    public static Fixtures start(Duration timeout, boolean ignoreHttpsErrors) throws IOException {
        LocalSite site = startSite();
        try {
            return new Fixtures(site, Browser.launch(settings(site, timeout, ignoreHttpsErrors)));
        } catch (IOException | RuntimeException e) {
            site.close();
            throw e;
        }
    }

    /** A site with every test page, without a browser. */
    public static LocalSite startSite() throws IOException {
        LocalSite site = LocalSite.start();
        try {
            WechatLike.addTo(site);
            Pages.addTo(site);
            RealWorld.addTo(site);
            return site;
        } catch (IOException | RuntimeException e) {
            site.close();
            throw e;
        }
    }

    public static BrowserSettings settings(LocalSite site, Duration timeout, boolean ignoreHttpsErrors) {
        return new BrowserSettings(Optional.empty(), ignoreHttpsErrors, Optional.empty(), site.browserArgs(),
                timeout, 1);
    }

    public Capture capture(String url) throws IOException {
        return browser.capture(url);
    }

    public LocalSite site() {
        return site;
    }

    public Browser browser() {
        return browser;
    }

    @Override
    public void close() {
        try {
            browser.close();
        } finally {
            site.close();
        }
    }
}
