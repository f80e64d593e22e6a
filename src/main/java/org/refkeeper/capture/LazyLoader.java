package org.refkeeper.capture;

import com.microsoft.playwright.Page;

import java.util.List;

/** Makes a page load what it only loads for a reader: content further down, and lazy images. */
final class LazyLoader {
    private static final int MAX_STEPS = 60;
    private static final double STEP_PAUSE_MILLIS = 120;

    private static final String SCROLL_STEP = """
            () => {
              window.scrollBy(0, window.innerHeight);
              const height = document.documentElement.scrollHeight;
              return [window.scrollY + window.innerHeight >= height - 1, height];
            }""";

    /**
     * WeChat-style images keep their address in data-src until a script that watches scrolling copies it
     * to src. Where that has not happened the image is copied here, so that the page, not refkeeper,
     * requests it, with the page as Referer (image hosts refuse others).
     */
    private static final String REVEAL_IMAGES = """
            () => {
              let revealed = 0;
              for (const img of document.querySelectorAll('img[data-src]')) {
                const wanted = img.getAttribute('data-src');
                const src = img.getAttribute('src') || '';
                const placeholder = src === '' || src.startsWith('data:') || src === 'about:blank'
                    || (img.complete && img.naturalWidth === 0);
                if (wanted && wanted !== src && placeholder) {
                  img.src = wanted;
                  revealed++;
                }
              }
              return revealed;
            }""";

    private LazyLoader() {
    }

    /** Scrolls a screen at a time until the bottom stays the bottom, bounded by steps and the deadline. */
    static void scrollToBottom(Page page, Deadline deadline) {
        Number lastHeight = -1;
        for (int step = 0; step < MAX_STEPS && !deadline.passed(); step++) {
            List<?> state = (List<?>) page.evaluate(SCROLL_STEP);
            Number height = (Number) state.get(1);
            if (Boolean.TRUE.equals(state.get(0)) && height.doubleValue() == lastHeight.doubleValue()) {
                return;
            }
            lastHeight = height;
            page.waitForTimeout(Math.min(STEP_PAUSE_MILLIS, deadline.millisLeft()));
        }
    }

    /** Points images that still show a placeholder at their data-src; returns how many. */
    static int revealImages(Page page) {
        return ((Number) page.evaluate(REVEAL_IMAGES)).intValue();
    }

    static void scrollToTop(Page page) {
        page.evaluate("() => window.scrollTo(0, 0)");
    }
}
