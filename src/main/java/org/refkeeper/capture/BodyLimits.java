package org.refkeeper.capture;

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
    private static final long SMALLEST = 4L * 1024 * 1024;

    public BodyLimits {
        if (perBody < 1 || perPage < perBody) {
            throw new IllegalArgumentException("body limits: per body " + perBody + ", per page " + perPage);
        }
    }

    /**
     * Limits that let {@code workers} pages be captured at once within a heap of {@code maxHeap} bytes: reading a
     * body through the browser's protocol holds it about four times over for a moment (encoded text, parsed
     * message, bytes), on top of what the page already holds, so each worker gets a fifth of its share of the heap.
     */
    public static BodyLimits forHeap(long maxHeap, int workers) {
        long page = Math.max(SMALLEST, Math.min(LARGEST_PAGE, maxHeap / 5 / Math.max(1, workers)));
        return new BodyLimits(Math.min(LARGEST_BODY, Math.max(SMALLEST, page / 2)), page);
    }

    /** Limits for the heap this JVM runs with. */
    public static BodyLimits forThisHeap(int workers) {
        return forHeap(Runtime.getRuntime().maxMemory(), workers);
    }

    /** "50 MB", for messages. */
    static String megabytes(long bytes) {
        return (bytes + 512 * 1024) / (1024 * 1024) + " MB";
    }
}
