package org.refkeeper.run;

import org.refkeeper.page.Capture;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** The pause a site asks for with {@code Retry-After} (RFC 9110 10.2.3: seconds, or an HTTP date) on its page. */
final class RetryAfter {
    /** Longer than any site means it, and short enough to add to an instant. */
    private static final Duration MOST = Duration.ofDays(7);

    private RetryAfter() {
    }

    static Optional<Duration> of(Capture capture, Instant now) {
        return capture.exchange(capture.finalUrl()).flatMap(e -> e.responseHeader("Retry-After"))
                .flatMap(value -> parse(value, now));
    }

    static Optional<Duration> parse(String value, Instant now) {
        String v = value.strip();
        if (v.matches("\\d{1,12}")) {
            return Optional.of(bounded(Duration.ofSeconds(Long.parseLong(v))));
        }
        try {
            Duration until = Duration.between(now, ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            return Optional.of(until.isNegative() ? Duration.ZERO : bounded(until));
        } catch (DateTimeParseException e) {
            return Optional.empty(); // not a value the RFC allows: as if it had not asked
        }
    }

    private static Duration bounded(Duration d) {
        return d.compareTo(MOST) > 0 ? MOST : d;
    }
}
