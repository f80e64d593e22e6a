package org.refkeeper.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import java.util.List;

/**
 * {@code refkeeper.json}: the archive's settings.
 *
 * @param notes           the note files and folders a plain {@code run} reads (recorded by the first run)
 * @param rules           site rules that add to or override the built-in ones (see the README)
 * @param hostDelayMillis politeness: the least time between two page loads on one host
 */
public record Settings(List<String> notes, JsonNode rules, Long hostDelayMillis) {
    public static final long DEFAULT_HOST_DELAY_MILLIS = 2000;

    public Settings {
        notes = notes == null ? List.of() : List.copyOf(notes);
        rules = rules == null ? JsonNodeFactory.instance.arrayNode() : rules;
        // a settings file written by hand may leave it out: politeness then stays on
        hostDelayMillis = hostDelayMillis == null ? DEFAULT_HOST_DELAY_MILLIS : hostDelayMillis;
    }

    public static Settings defaults() {
        return new Settings(List.of(), null, DEFAULT_HOST_DELAY_MILLIS);
    }

    public Settings withNotes(List<String> paths) {
        return new Settings(paths, rules, hostDelayMillis);
    }
}
