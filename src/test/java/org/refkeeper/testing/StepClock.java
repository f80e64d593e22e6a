package org.refkeeper.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that stands on one day until it is moved on: one run a day without waiting a day. */
public final class StepClock extends Clock {
    private final Instant start;
    private volatile int day;

    public StepClock(Instant start) {
        this.start = start;
    }

    /** Moves the clock to {@code day} days after its start. */
    public void day(int day) {
        this.day = day;
    }

    public int day() {
        return day;
    }

    @Override
    public Instant instant() {
        return start.plus(Duration.ofDays(day));
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
