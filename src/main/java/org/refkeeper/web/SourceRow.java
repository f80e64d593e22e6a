package org.refkeeper.web;

import org.refkeeper.history.ArchiveHistory;
import org.refkeeper.history.SourceStatus;
import org.refkeeper.verdict.State;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One source as the web UI lists it.
 *
 * @param mainText content.md of its last good capture, searched by the list's filter
 * @param citedIn  where the notes cite it, as note:line
 */
record SourceRow(String id, String url, String title, State state, Optional<Instant> lastGood, int captures,
                        String mainText, List<String> citedIn) {
    public SourceRow {
        citedIn = List.copyOf(citedIn);
    }

    /** Every source of the archive as the list shows it. */
    static List<SourceRow> all(ArchiveHistory history) throws IOException {
        List<SourceRow> rows = new ArrayList<>();
        for (SourceStatus s : history.status()) {
            rows.add(new SourceRow(s.id(), s.url(), s.title(), s.state(), s.lastGoodCapture(), s.captures(),
                    history.content(s.id()), s.citations().stream().map(c -> c.where()).distinct().toList()));
        }
        return rows;
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
