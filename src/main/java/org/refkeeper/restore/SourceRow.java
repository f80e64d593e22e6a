package org.refkeeper.restore;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One source as the web UI lists it.
 *
 * @param mainText content.md of its last good capture, searched by the list's filter
 * @param citedIn  where the notes cite it, as note:line
 */
public record SourceRow(String id, String url, String title, String state, Optional<Instant> lastGood, int captures,
                        String mainText, List<String> citedIn) {
    public SourceRow {
        citedIn = List.copyOf(citedIn);
    }

    /** Whether every word of {@code query} is in the title, URL, id or main text, ignoring case. */
    boolean matches(String query) {
        String haystack = (title + "\n" + url + "\n" + id + "\n" + mainText).toLowerCase(Locale.ROOT);
        for (String word : query.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
            if (!haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
