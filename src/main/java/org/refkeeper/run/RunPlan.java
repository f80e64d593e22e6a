package org.refkeeper.run;

/**
 * How a run goes about its sources.
 *
 * @param concurrency     pages checked at once, one worker (and one Chromium) each
 * @param hostDelayMillis the least time between the starts of two page loads on one host
 * @param retries         how sources out of reach are tried again within the run
 * @param selection       which of the cited sources to check
 */
public record RunPlan(int concurrency, long hostDelayMillis, Retries retries, Selection selection) {
    public RunPlan {
        if (concurrency < 1 || hostDelayMillis < 0) {
            throw new IllegalArgumentException("run plan: " + concurrency + " workers, host delay " + hostDelayMillis + " ms");
        }
    }

    /** Every source, each checked once. */
    public static RunPlan once(int concurrency, long hostDelayMillis) {
        return new RunPlan(concurrency, hostDelayMillis, Retries.NONE, Selection.ALL);
    }
}
