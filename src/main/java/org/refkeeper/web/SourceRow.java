package org.refkeeper.web;

import org.refkeeper.history.ArchiveHistory;
import org.refkeeper.history.SourceStatus;
import org.refkeeper.citations.Citation;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One source as the web UI lists it.
 *
 * @param mainText content.md of its last good capture, searched by the list's filter; empty where no search asks
 */
public record SourceRow(SourceStatus status, String mainText) {
    /** Every source of the archive as the list shows it, without main text. */
    public static List<SourceRow> all(ArchiveHistory history) throws IOException {
        return all(history, false);
    }

    /**
     * Every source of the archive as the list shows it, with its main text when {@code text} (for a search: reading
     * every source's content.md costs what the archive holds).
     */
    public static List<SourceRow> all(ArchiveHistory history, boolean text) throws IOException {
        List<SourceRow> rows = new ArrayList<>();
        for (SourceStatus s : history.status()) {
            rows.add(new SourceRow(s, text ? history.content(s.id()) : ""));
        }
        return rows;
    }

    /** One source as its page shows it. */
    public static SourceRow of(ArchiveHistory history, String id) throws IOException {
        SourceStatus s = history.statusOf(id);
        return new SourceRow(s, history.content(s.id()));
    }

    public String id() {
        return status.id();
    }

    public String url() {
        return status.url();
    }

    /** The title the notes give it, else the page's own, else its URL. */
    String shownTitle() {
        return status.title().isBlank() ? status.url() : status.title();
    }

    /** Where the notes cite it, each place once. */
    List<Citation> citedIn() {
        List<Citation> out = new ArrayList<>();
        for (Citation c : status.citations()) {
            if (out.stream().noneMatch(o -> o.where().equals(c.where()))) {
                out.add(c);
            }
        }
        return out;
    }

    /** Whether every word of {@code query} is in the title, URL, id or main text, ignoring case. */
    boolean matches(String query) {
        String haystack = (status.title() + "\n" + status.url() + "\n" + status.id() + "\n" + mainText)
                .toLowerCase(Locale.ROOT);
        for (String word : query.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
            if (!haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
