package org.refkeeper.folder;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import java.util.List;

/**
 * {@code refkeeper.json}: the archive's settings, and the mark that the folder is a refkeeper archive.
 * Read by {@link SettingsFile}, which refuses what it does not know.
 *
 * @param format          the archive format this folder is written in ({@link Layout#FORMAT}); 0 for an archive of
 *                        refkeeper 0.1.0, which wrote none
 * @param notes           the note files and folders a plain {@code run} reads (recorded by the first run)
 * @param rules           site rules that add to or override the built-in ones (see the README)
 * @param hostDelayMillis politeness: the least time between two page loads on one host
 * @param fullCheckEvery  a source whose last good capture is unchanged gets a full check (scrolled, pictures read,
 *                        screenshot) every this many runs, a quick one (main text and picture addresses) in between;
 *                        null when the file does not say ({@link #DEFAULT_FULL_CHECK_EVERY}); 1: always full
 */
public record Settings(int format, List<String> notes, JsonNode rules, Long hostDelayMillis,
                       @JsonInclude(JsonInclude.Include.NON_NULL) Integer fullCheckEvery) {
    public static final long DEFAULT_HOST_DELAY_MILLIS = 2000;
    /** An hour between two pages of one host is already more patience than a daily run has. */
    public static final long MAX_HOST_DELAY_MILLIS = 3_600_000;
    /** A week of daily runs: a picture swapped behind an unchanged address is found within a week. */
    public static final int DEFAULT_FULL_CHECK_EVERY = 7;
    public static final int MAX_FULL_CHECK_EVERY = 1000;

    public Settings {
        notes = notes == null ? List.of() : List.copyOf(notes);
        rules = rules == null ? JsonNodeFactory.instance.arrayNode() : rules;
        // a settings file written by hand may leave it out: politeness then stays on
        hostDelayMillis = hostDelayMillis == null ? DEFAULT_HOST_DELAY_MILLIS : hostDelayMillis;
    }

    /** The settings of a new archive. */
    public static Settings defaults() {
        return new Settings(Layout.FORMAT, List.of(), null, DEFAULT_HOST_DELAY_MILLIS, null);
    }

    public Settings withNotes(List<String> paths) {
        return new Settings(format, paths, rules, hostDelayMillis, fullCheckEvery);
    }

    /** Every how many runs a source gets a full check, as the file says or by default. */
    public int fullCheckInterval() {
        return fullCheckEvery == null ? DEFAULT_FULL_CHECK_EVERY : fullCheckEvery;
    }

    /** The same settings marked with this refkeeper's archive format. */
    public Settings upgraded() {
        return new Settings(Layout.FORMAT, notes, rules, hostDelayMillis, fullCheckEvery);
    }
}
