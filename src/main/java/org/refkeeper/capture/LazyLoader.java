package org.refkeeper.capture;

import com.microsoft.playwright.Page;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Makes a page load what it only loads for a reader: content further down, and lazy images. */
final class LazyLoader {
    private static final int MAX_STEPS = 60;
    /** Rounds of "scroll to the end, let the network settle, look again" before a growing page is left as it is. */
    private static final int MAX_ROUNDS = 4;

    /** Scrolls a screen at a time to the end, frame by frame; gives the height at the end. */
    private static final String SCROLL_DOWN = script("scroll-down.js");
    /** Asks for pictures a reader would see: data-src images, and those a WeChat post lists in its data. */
    private static final String REVEAL_IMAGES = script("reveal-images.js");

    private LazyLoader() {
    }

    /**
     * Scrolls to the end; once the requests that started have ended, looks whether the page grew (more content
     * loaded for a reader at its end) and scrolls on if so; bounded by rounds, steps and the deadline.
     */
    static void scrollToBottom(Page page, Recorder recorder, Deadline deadline) {
        Number lastHeight = -1;
        for (int round = 0; round < MAX_ROUNDS && !deadline.passed(); round++) {
            Number height = (Number) page.evaluate(SCROLL_DOWN, List.of(MAX_STEPS, Math.max(1, deadline.millisLeft())));
            if (height.doubleValue() == lastHeight.doubleValue()) {
                return;
            }
            lastHeight = height;
            recorder.awaitIdle(deadline);
            Number now = (Number) page.evaluate("() => document.documentElement.scrollHeight");
            if (now.doubleValue() == height.doubleValue()) {
                return;
            }
        }
    }

    /** Points images that still show a placeholder at their data-src; returns how many. */
    static int revealImages(Page page) {
        return ((Number) page.evaluate(REVEAL_IMAGES)).intValue();
    }

    /** A script beside this class: kept as a .js file, so that it reads (and lints) as JavaScript. */
    private static String script(String name) {
        try (InputStream in = LazyLoader.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("refkeeper is built without its script " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read refkeeper's script " + name, e);
        }
    }

    static void scrollToTop(Page page) {
        page.evaluate("() => window.scrollTo(0, 0)");
    }
}
