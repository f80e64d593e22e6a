package org.refkeeper.chromium;

/**
 * How much of a page's response bodies a capture holds in memory, decoded: a bound for each body and one for the
 * whole page. A body over either is left out of the capture (its exchange is kept, and the capture says what was
 * left out), so that an endless stream or a huge image costs a source its picture, never the run its memory.
 *
 * @param perBody the most bytes one decoded body may have
 * @param perPage the most bytes all kept bodies of one page may have together
 */
public record BodyLimits(long perBody, long perPage) {
    /** A cited file (a PDF) larger than this is left out even when the heap would hold it. */
    static final long LARGEST_BODY = 50L * 1024 * 1024;
    private static final long LARGEST_PAGE = 200L * 1024 * 1024;
    private static final long SMALLEST_BODY = 4L * 1024 * 1024;

    public BodyLimits {
        if (perBody < 1 || perPage < perBody) {
            throw new IllegalArgumentException("body limits: per body " + perBody + ", per page " + perPage);
        }
    }

    /**
     * Limits that let {@code workers} pages be captured at once within a heap of {@code maxHeap} bytes. Reading a
     * body through Playwright holds it about nine times over for a moment (base64 text, the message, the parser's
     * buffers, the bytes), on top of what the page already holds; with a body a quarter of a page, one worker at
     * its peak holds some three pages' worth, and all of them together stay within about half the heap.
     */
    public static BodyLimits forHeap(long maxHeap, int workers) {
        long page = Math.min(LARGEST_PAGE, maxHeap / 6 / Math.max(1, workers));
        long body = Math.max(SMALLEST_BODY, Math.min(LARGEST_BODY, page / 4));
        return new BodyLimits(body, Math.max(body, page));
    }

    /** Limits for the heap this JVM runs with. */
    public static BodyLimits forThisHeap(int workers) {
        return forHeap(Runtime.getRuntime().maxMemory(), workers);
    }

    /** "50 MB", for messages. */
    public static String megabytes(long bytes) {
        return (bytes + 512 * 1024) / (1024 * 1024) + " MB";
    }
}
