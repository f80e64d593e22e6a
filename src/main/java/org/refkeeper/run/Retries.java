package org.refkeeper.run;

import java.time.Duration;
import java.util.Optional;

/**
 * How a run tries a source again that it could not reach (a refused or reset connection, a timeout, a 5xx): up to
 * {@code attempts} in all, waiting {@code firstWait} before the second and twice as long before each one after, or
 * as long as the site's {@code Retry-After} asks if that is longer. A site that asks for more than
 * {@code longestWait} is not asked again in this run.
 */
public record Retries(int attempts, Duration firstWait, Duration longestWait) {
    public static final Retries DEFAULT = new Retries(3, Duration.ofSeconds(15), Duration.ofMinutes(2));
    public static final Retries NONE = new Retries(1, Duration.ZERO, Duration.ZERO);

    public Retries {
        if (attempts < 1 || firstWait.isNegative() || longestWait.compareTo(firstWait) < 0) {
            throw new IllegalArgumentException("retries: " + attempts + " attempts, waits " + firstWait + " to " + longestWait);
        }
    }

    /** These retries with {@code n} attempts in all. */
    public Retries withAttempts(int n) {
        return new Retries(n, firstWait, longestWait);
    }

    /**
     * How long to wait before attempt {@code next} (2 for the first retry), given what the site asked; empty when
     * there is to be no such attempt in this run.
     */
    Optional<Duration> waitBefore(int next, Optional<Duration> retryAfter) {
        if (next > attempts || retryAfter.filter(asked -> asked.compareTo(longestWait) > 0).isPresent()) {
            return Optional.empty();
        }
        Duration backoff = firstWait.multipliedBy(1L << Math.min(20, next - 2));
        Duration wait = retryAfter.filter(asked -> asked.compareTo(backoff) > 0).orElse(backoff);
        return Optional.of(wait.compareTo(longestWait) > 0 ? longestWait : wait);
    }

    /** Whether the site asked for a longer pause than this run waits. */
    boolean tooLong(Duration retryAfter) {
        return retryAfter.compareTo(longestWait) > 0;
    }
}
