package org.refkeeper.run;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RetriesTest {
    private static final Retries THREE = new Retries(3, Duration.ofSeconds(15), Duration.ofMinutes(2));

    @Test
    void waitsDoubleAndStopAfterTheLastAttempt() {
        assertEquals(Optional.of(Duration.ofSeconds(15)), THREE.waitBefore(2, Optional.empty()));
        assertEquals(Optional.of(Duration.ofSeconds(30)), THREE.waitBefore(3, Optional.empty()));
        assertEquals(Optional.empty(), THREE.waitBefore(4, Optional.empty()));
        assertEquals(Optional.empty(), Retries.NONE.waitBefore(2, Optional.empty()));
    }

    @Test
    void aSitesRetryAfterIsHonouredUpToTheLongestWait() {
        assertEquals(Optional.of(Duration.ofSeconds(90)), THREE.waitBefore(2, Optional.of(Duration.ofSeconds(90))));
        assertEquals(Optional.of(Duration.ofSeconds(15)), THREE.waitBefore(2, Optional.of(Duration.ofSeconds(1))));
        assertEquals(Optional.empty(), THREE.waitBefore(2, Optional.of(Duration.ofHours(1))), "asked for more than we wait");
    }

    @Test
    void retryAfterReadsSecondsAndDates() {
        Instant now = Instant.parse("2027-01-01T00:00:00Z");
        assertEquals(Optional.of(Duration.ofSeconds(120)), RetryAfter.parse(" 120 ", now));
        assertEquals(Optional.of(Duration.ofSeconds(30)), RetryAfter.parse("Fri, 01 Jan 2027 00:00:30 GMT", now));
        assertEquals(Optional.of(Duration.ZERO), RetryAfter.parse("Thu, 31 Dec 2026 23:00:00 GMT", now));
        assertEquals(Optional.of(Duration.ofDays(7)), RetryAfter.parse("999999999999", now), "bounded");
        assertEquals(Optional.empty(), RetryAfter.parse("soon", now));
        assertEquals(Optional.empty(), RetryAfter.parse("1".repeat(100_000), now));
    }
}
