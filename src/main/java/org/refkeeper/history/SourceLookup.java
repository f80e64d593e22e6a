package org.refkeeper.history;

import org.refkeeper.io.BadInputException;
import org.refkeeper.sources.CanonicalUrl;
import org.refkeeper.sources.SourceId;
import org.refkeeper.report.SourceRecord;

import java.util.List;
import java.util.Optional;

/** Finds the source a user names on the command line: its id, its canonical URL, or a URL as a note cites it. */
final class SourceLookup {
    private SourceLookup() {
    }

    static SourceRecord find(List<SourceRecord> sources, String query) throws BadInputException {
        for (SourceRecord s : sources) {
            if (matches(s, query)) {
                return s;
            }
        }
        throw new BadInputException("no source '" + query + "' in the archive; 'refkeeper status' lists the sources");
    }

    /** Whether the user's words name this source: its id, its URL, its URL in canonical form, or as a note cites it. */
    static boolean matches(SourceRecord s, String query) {
        String q = query.trim();
        return s.id().equals(q) || s.url().equals(q) || canonical(q).filter(s.url()::equals).isPresent()
                || s.citations().stream().anyMatch(c -> c.citedUrl().equals(q));
    }

    /** The id of the source a URL names, if it is one: the folder to look in first. */
    static Optional<String> idOf(String query) {
        try {
            return Optional.of(SourceId.of(CanonicalUrl.of(query.trim())).toString());
        } catch (BadInputException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> canonical(String q) {
        try {
            return Optional.of(CanonicalUrl.of(q).url());
        } catch (BadInputException e) {
            return Optional.empty();
        }
    }
}
