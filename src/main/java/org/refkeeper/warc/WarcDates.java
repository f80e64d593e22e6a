package org.refkeeper.warc;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * WARC-Date as other tools write it: the W3C-ISO8601 of the standard, but also without seconds
 * ({@code 2019-08-15T01:02}), without zone, with an offset, or as the 14 digits of ARC and CDX.
 */
public final class WarcDates {
    private static final Pattern DIGITS = Pattern.compile("\\d{4,14}");
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})(?:-(\\d{2})(?:-(\\d{2})(?:T(\\d{2}):(\\d{2})(?::(\\d{2})(\\.\\d+)?)?)?)?)?(Z|[+-]\\d{2}:\\d{2})?");
    private static final DateTimeFormatter DIGITS_FORMAT = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private WarcDates() {
    }

    /** The instant a date names, its missing parts taken as their first value; empty if it is no date. */
    public static Optional<Instant> parse(String text) {
        String t = text.strip();
        try {
            if (DIGITS.matcher(t).matches()) {
                String padded = t + "0101000000".substring(Math.max(0, t.length() - 4));
                padded = padded.substring(0, 14);
                return Optional.of(LocalDateTime.parse(padded, DIGITS_FORMAT).toInstant(ZoneOffset.UTC));
            }
            Matcher m = ISO.matcher(t);
            if (!m.matches()) {
                return Optional.empty();
            }
            String iso = m.group(1) + "-" + or(m.group(2), "01") + "-" + or(m.group(3), "01")
                    + "T" + or(m.group(4), "00") + ":" + or(m.group(5), "00") + ":" + or(m.group(6), "00")
                    + or(m.group(7), "") + or(m.group(8), "Z");
            return Optional.of(OffsetDateTime.parse(iso).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Whether the text is a full date with seconds and zone, as WARC readers expect. */
    public static boolean isComplete(String text) {
        try {
            Instant.parse(text.strip());
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static String or(String value, String otherwise) {
        return value == null ? otherwise : value;
    }
}
