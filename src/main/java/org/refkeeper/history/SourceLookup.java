package org.refkeeper.history;

import org.refkeeper.io.BadInputException;
import org.refkeeper.notes.CanonicalUrl;
import org.refkeeper.store.SourceRecord;

import java.util.List;
import java.util.Optional;

/** Finds the source a user names on the command line: its id, its canonical URL, or a URL as a note cites it. */
final class SourceLookup {
    private SourceLookup() {
    }

    static SourceRecord find(List<SourceRecord> sources, String query) throws BadInputException {
        String q = query.trim();
        Optional<String> canonical = canonical(q);
        for (SourceRecord s : sources) {
            if (s.id().equals(q) || s.url().equals(q) || canonical.filter(s.url()::equals).isPresent()
                    || s.citations().stream().anyMatch(c -> c.citedUrl().equals(q))) {
                return s;
            }
        }
        throw new BadInputException("no source '" + query + "' in the archive; 'refkeeper status' lists the sources");
    }

    private static Optional<String> canonical(String q) {
        try {
            return Optional.of(CanonicalUrl.of(q).url());
        } catch (BadInputException e) {
            return Optional.empty();
        }
    }
}
