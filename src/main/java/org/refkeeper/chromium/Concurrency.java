package org.refkeeper.chromium;

/**
 * How many pages a run captures at once unless told. Measured on the bench corpus (docs/BENCHMARKS.md), a page
 * spends most of its wall time waiting (for the network, for frames, for a quiet moment) and some two CPU-seconds,
 * nearly all of them Chromium's: one page more than there are cores keeps every core busy through those waits,
 * and more only adds memory (a renderer and a Playwright driver each) and contention. The heap bounds it too:
 * pages at once share it ({@link BodyLimits}), and each must still be able to keep a cited file of 20 MB.
 */
public final class Concurrency {
    /** Beyond this, a shared Chromium's browser process is what every page waits for. */
    static final int MOST_BY_DEFAULT = 4;
    /** The heap one page at once takes from the default: a sixth of it is bodies, a quarter of that one body. */
    private static final long HEAP_PER_PAGE = 6L * 4 * 20 * 1024 * 1024;

    private Concurrency() {
    }

    /** The number of pages captured at once on this machine, in this JVM, when nothing says otherwise. */
    public static int byDefault() {
        return byDefault(Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory());
    }

    static int byDefault(int cores, long maxHeap) {
        long byHeap = Math.max(1, maxHeap / HEAP_PER_PAGE);
        return (int) Math.max(1, Math.min(Math.min(MOST_BY_DEFAULT, cores + 1), byHeap));
    }
}
