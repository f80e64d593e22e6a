package org.refkeeper.verdict;

/** What one capture, on its own, says about its source: before comparing it with earlier captures. */
public enum Outcome {
    /** the article is there: main text found */
    GOOD,
    /**
     * the page is there (real text, no notice the site rule knows) but the site rule found no main content in
     * it, most likely because the site changed its pages: kept as generic extraction reads it, and reported
     */
    UNREAD,
    /** gone for good: 404/410 or the site's own deletion notice */
    GONE,
    /** captcha, verification or login wall, 401/403/429 */
    WALL,
    /** DNS, refused, reset, timeout, 5xx, or the site's "temporarily unavailable" */
    TEMPORARY,
    /** refkeeper itself failed on this page */
    BROKEN
}
