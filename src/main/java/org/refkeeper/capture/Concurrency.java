package org.refkeeper.capture;

/**
 * How many pages a run captures at once unless told: measured on the bench corpus (docs/BENCHMARKS.md), a page
 * spends most of its wall time waiting (for the network, for frames, for a quiet moment) and some two CPU-seconds,
 * nearly all of them Chromium's; one page more than there are cores keeps every core busy through those waits,
 * and more only adds memory (a renderer and a Playwright driver each) and contention.
 */
public final class Concurrency {
    /** Beyond this, a shared Chromium's browser process is what every page waits for. */
    static final int MOST_BY_DEFAULT = 4;

    private Concurrency() {
    }

    /** The number of pages captured at once on this machine when nothing says otherwise. */
    public static int byDefault() {
        return Math.min(MOST_BY_DEFAULT, Runtime.getRuntime().availableProcessors() + 1);
    }
}
