package org.refkeeper.page;

/**
 * A look at a page as soon as its document is parsed and the scripts of its parser have run, before the costly
 * part of a capture (waiting for its pictures and styles, scrolling for lazy content, a quiet network, the
 * screenshot, reading every body): whether that look already settles the check. A rerun that finds the main text
 * and picture addresses of the last good capture needs no more.
 */
@FunctionalInterface
public interface Glance {
    /** Never settles: every capture is made in full. */
    Glance NONE = loaded -> false;

    /**
     * Whether the page as its parser left it settles the check; the capture then ends with {@code loaded}. If not,
     * the capture goes on in full on the same page.
     *
     * @param loaded the page's rendered DOM, status and redirects; no exchanges, no screenshot
     */
    boolean settles(Capture loaded);
}
