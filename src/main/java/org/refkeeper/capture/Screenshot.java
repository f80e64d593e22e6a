package org.refkeeper.capture;

import org.refkeeper.chromium.PageBudget;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.options.Clip;
import com.microsoft.playwright.options.ScreenshotType;

import java.time.Duration;
import java.util.List;

/**
 * The full-page picture of a capture, within what a picture can hold: Chromium fails on a page of a million
 * pixels' height, and takes long over one of a few hundred thousand. A larger page is pictured from its top-left
 * corner as far as the limits go; a page Chromium cannot paint whole gets a picture of its first screen; one it
 * cannot paint at all gets none. Each of those is noted: the capture keeps its WARC, DOM and text either way.
 */
final class Screenshot {
    /** Wider than any layout a reader scrolls through; a page wider than this is overflowing, not wide. */
    static final int MAX_WIDTH = 8192;
    /**
     * 1280 x 16384: a long article of some twenty screens, 84 MB as a bitmap while Chromium encodes it, and a PNG
     * that Playwright hands over without straining the heap.
     */
    static final long MAX_PIXELS = 1280L * 16384;
    private static final String PAGE_SIZE = """
            () => [Math.max(document.documentElement.scrollWidth, document.body ? document.body.scrollWidth : 0),
                   Math.max(document.documentElement.scrollHeight, document.body ? document.body.scrollHeight : 0)]""";

    private Screenshot() {
    }

    /** A PNG of the page, or none; anything it leaves out goes to {@code budget}'s notes. */
    static byte[] take(Page page, Duration timeout, PageBudget budget) {
        List<?> size = (List<?>) page.evaluate(PAGE_SIZE);
        long width = ((Number) size.get(0)).longValue();
        long height = ((Number) size.get(1)).longValue();
        long clipWidth = Math.min(width, MAX_WIDTH);
        long clipHeight = Math.min(height, MAX_PIXELS / Math.max(1, clipWidth));
        Page.ScreenshotOptions options = new Page.ScreenshotOptions().setFullPage(true).setType(ScreenshotType.PNG)
                .setTimeout(timeout.toMillis());
        if (clipWidth < width || clipHeight < height) {
            options.setClip(new Clip(0, 0, clipWidth, clipHeight));
            budget.note("screenshot clipped to the top-left " + clipWidth + "x" + clipHeight + " px of the "
                    + width + "x" + height + " px page; the page itself is kept whole");
        }
        try {
            return page.screenshot(options);
        } catch (TimeoutError e) {
            budget.note("no screenshot: the page did not paint within " + timeout.toSeconds() + "s");
            return new byte[0];
        } catch (PlaywrightException e) {
            if (PageSession.navigatedAway(e)) {
                throw e;
            }
            return firstScreen(page, timeout, budget, FailureMapper.message(e));
        }
    }

    private static byte[] firstScreen(Page page, Duration timeout, PageBudget budget, String why) {
        try {
            byte[] shot = page.screenshot(new Page.ScreenshotOptions().setType(ScreenshotType.PNG)
                    .setTimeout(timeout.toMillis()));
            budget.note("screenshot of the first screen only: Chromium could not paint the whole page (" + why + ")");
            return shot;
        } catch (PlaywrightException e) {
            if (PageSession.navigatedAway(e)) {
                throw e;
            }
            budget.note("no screenshot: Chromium could not paint the page (" + FailureMapper.message(e) + ")");
            return new byte[0];
        }
    }
}
