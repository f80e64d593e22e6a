package org.refkeeper.run;

import java.util.HashMap;
import java.util.Map;

/** Politeness: spaces page loads on one host, so that a run does not look like a flood (WeChat answers those with a wall). */
final class HostPacer {
    private final long delayNanos;
    private final Map<String, Long> nextAllowed = new HashMap<>();

    HostPacer(long delayMillis) {
        this.delayNanos = delayMillis * 1_000_000;
    }

    /** Blocks until this host may be loaded again, and books the next slot. */
    void awaitTurn(String host) throws InterruptedException {
        long wait;
        synchronized (nextAllowed) {
            // a monotonic clock: politeness is real waiting, whatever the wall clock does
            long now = System.nanoTime();
            long at = nextAllowed.containsKey(host) && nextAllowed.get(host) - now > 0 ? nextAllowed.get(host) : now;
            nextAllowed.put(host, at + delayNanos);
            wait = at - now;
        }
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }
}
