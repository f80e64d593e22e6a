package org.refkeeper.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that stands still until it is moved on: one run a day without waiting a day. */
public final class StepClock extends Clock {
    private final Instant start;
    private volatile Duration since = Duration.ZERO;

    public StepClock(Instant start) {
        this.start = start;
    }

    /** Moves the clock to {@code day} days after its start. */
    public void day(int day) {
        since = Duration.ofDays(day);
    }

    public int day() {
        return (int) since.toDays();
    }

    /** Moves the clock on by {@code step}. */
    public void advance(Duration step) {
        since = since.plus(step);
    }

    @Override
    public Instant instant() {
        return start.plus(since);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
