package org.refkeeper.run;

import org.refkeeper.folder.Settings;

/**
 * How a run goes about its sources.
 *
 * @param concurrency     pages checked at once
 * @param hostDelayMillis the least time between the starts of two page loads on one host
 * @param retries         how sources out of reach are tried again within the run
 * @param selection       which of the cited sources to check
 * @param fullCheckEvery  a source whose last good capture is unchanged is checked in full every this many runs
 *                        ({@link FullChecks}); 1 checks every source in full
 */
public record RunPlan(int concurrency, long hostDelayMillis, Retries retries, Selection selection, int fullCheckEvery) {
    public RunPlan {
        if (concurrency < 1 || hostDelayMillis < 0 || fullCheckEvery < 1) {
            throw new IllegalArgumentException("run plan: " + concurrency + " workers, host delay " + hostDelayMillis
                    + " ms, a full check every " + fullCheckEvery + " runs");
        }
    }

    /** A plan with quick checks between full ones, as an archive has them by default. */
    public RunPlan(int concurrency, long hostDelayMillis, Retries retries, Selection selection) {
        this(concurrency, hostDelayMillis, retries, selection, Settings.DEFAULT_FULL_CHECK_EVERY);
    }

    /** Every source, each checked once. */
    public static RunPlan once(int concurrency, long hostDelayMillis) {
        return new RunPlan(concurrency, hostDelayMillis, Retries.NONE, Selection.ALL);
    }

    /** This plan with every source checked in full ({@code run --full}). */
    public RunPlan full() {
        return new RunPlan(concurrency, hostDelayMillis, retries, selection, 1);
    }
}
