package org.refkeeper.run;

import java.util.HashMap;
import java.util.Map;

/** Politeness: spaces page loads on one host, so that a run does not look like a flood (WeChat answers those with a wall). */
final class HostPacer {
    private final long delayMillis;
    private final Map<String, Long> nextAllowed = new HashMap<>();

    HostPacer(long delayMillis) {
        this.delayMillis = delayMillis;
    }

    /** Blocks until this host may be loaded again, and books the next slot. */
    void awaitTurn(String host) throws InterruptedException {
        long wait;
        synchronized (nextAllowed) {
            long now = System.currentTimeMillis();
            long at = Math.max(now, nextAllowed.getOrDefault(host, now));
            nextAllowed.put(host, at + delayMillis);
            wait = at - now;
        }
        if (wait > 0) {
            Thread.sleep(wait);
        }
    }
}
