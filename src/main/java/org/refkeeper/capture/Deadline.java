package org.refkeeper.capture;

import java.time.Duration;

/** A point in time that several waits share, so that together they stay within one timeout. */
record Deadline(long endNanos) {
    static Deadline after(Duration timeout) {
        return new Deadline(System.nanoTime() + timeout.toNanos());
    }

    boolean passed() {
        return System.nanoTime() - endNanos >= 0;
    }

    /** Milliseconds left, at least 1: Playwright reads a timeout of 0 as "wait forever". */
    double millisLeft() {
        return Math.max(1, (endNanos - System.nanoTime()) / 1_000_000);
    }
}
