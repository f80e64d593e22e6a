package org.refkeeper.store;

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
 */
public record Settings(int format, List<String> notes, JsonNode rules, Long hostDelayMillis) {
    public static final long DEFAULT_HOST_DELAY_MILLIS = 2000;
    /** An hour between two pages of one host is already more patience than a daily run has. */
    public static final long MAX_HOST_DELAY_MILLIS = 3_600_000;

    public Settings {
        notes = notes == null ? List.of() : List.copyOf(notes);
        rules = rules == null ? JsonNodeFactory.instance.arrayNode() : rules;
        // a settings file written by hand may leave it out: politeness then stays on
        hostDelayMillis = hostDelayMillis == null ? DEFAULT_HOST_DELAY_MILLIS : hostDelayMillis;
    }

    /** The settings of a new archive. */
    public static Settings defaults() {
        return new Settings(Layout.FORMAT, List.of(), null, DEFAULT_HOST_DELAY_MILLIS);
    }

    public Settings withNotes(List<String> paths) {
        return new Settings(format, paths, rules, hostDelayMillis);
    }

    /** The same settings marked with this refkeeper's archive format. */
    Settings upgraded() {
        return new Settings(Layout.FORMAT, notes, rules, hostDelayMillis);
    }
}
