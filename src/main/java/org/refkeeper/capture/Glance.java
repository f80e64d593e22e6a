package org.refkeeper.capture;

/**
 * A look at a page as soon as it has loaded, before the costly part of a capture (scrolling for lazy content, a
 * quiet network, the screenshot, reading every body): whether that look already settles the check. A rerun that
 * finds the main text and picture addresses of the last good capture needs no more.
 */
@FunctionalInterface
public interface Glance {
    /** Never settles: every capture is made in full. */
    Glance NONE = loaded -> false;

    /**
     * Whether the page as its load event left it settles the check; the capture then ends with {@code loaded}.
     *
     * @param loaded the page's rendered DOM, status and redirects; no exchanges, no screenshot
     */
    boolean settles(Capture loaded);
}
