package org.refkeeper.cli;

import picocli.CommandLine;

import java.time.Duration;
import java.util.Locale;

/** Reads "30s", "2m", "1500ms", "1h", "7d" or ISO-8601 "PT30S"; never a negative duration. */
final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (v.startsWith("-") || v.startsWith("pt-")) {
            throw new CommandLine.TypeConversionException("'" + value + "' is negative; give a duration of 0 or more, "
                    + "e.g. 30s, 2m or 1500ms");
        }
        try {
            if (v.startsWith("pt")) {
                Duration d = Duration.parse(v.toUpperCase(Locale.ROOT));
                if (d.isNegative()) {
                    throw new NumberFormatException();
                }
                return d;
            }
            if (v.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
            }
            long n = Long.parseLong(v.substring(0, v.length() - 1));
            return switch (v.charAt(v.length() - 1)) {
                case 's' -> Duration.ofSeconds(n);
                case 'm' -> Duration.ofMinutes(n);
                case 'h' -> Duration.ofHours(n);
                case 'd' -> Duration.ofDays(n);
                default -> throw new NumberFormatException();
            };
        } catch (RuntimeException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a duration; write e.g. 30s, 2m, 1500ms or 7d");
        }
    }
}
