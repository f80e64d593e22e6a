package org.refkeeper.run;

import org.refkeeper.io.BadInputException;
import org.refkeeper.sources.CanonicalUrl;
import org.refkeeper.sources.Reference;
import org.refkeeper.sources.References;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which of the cited sources a run checks: all of them, the ones named ({@code run --only}), and of those the ones
 * no run has checked within a while ({@code run --stale-after}). A big archive is then checked a part at a time.
 *
 * @param only       sources by URL (as cited or canonical) or id; empty means every source
 * @param staleAfter check only sources whose last check is older than this; empty means whenever checked
 */
public record Selection(List<String> only, Optional<Duration> staleAfter) {
    public static final Selection ALL = new Selection(List.of(), Optional.empty());

    public Selection {
        only = List.copyOf(only);
    }

    /** @throws BadInputException when a named source is not one the notes cite */
    public void check(References refs) throws BadInputException {
        named(refs);
    }

    /**
     * @param lastChecked when a committed run last checked each source, by id
     * @throws BadInputException when a named source is not one the notes cite
     */
    References choose(References refs, Map<String, Instant> lastChecked, Instant now) throws BadInputException {
        List<Reference> chosen = named(refs);
        List<Reference> named = only.isEmpty() ? refs.sources() : refs.sources().stream().filter(chosen::contains).toList();
        // a duration longer than the archive can be old makes every checked source fresh
        Instant cutoff = staleAfter.filter(d -> d.compareTo(Duration.between(Instant.EPOCH, now)) < 0)
                .map(now::minus).orElse(Instant.EPOCH);
        List<Reference> stale = staleAfter.isEmpty() ? named : named.stream()
                .filter(r -> Optional.ofNullable(lastChecked.get(r.id().toString())).map(at -> at.isBefore(cutoff)).orElse(true))
                .toList();
        return new References(stale, refs.skipped());
    }

    private List<Reference> named(References refs) throws BadInputException {
        List<Reference> chosen = new ArrayList<>();
        for (String name : only) {
            Reference ref = refs.sources().stream().filter(r -> names(r, name)).findFirst()
                    .orElseThrow(() -> new BadInputException("--only " + name + ": the notes cite no such source;"
                            + " give a URL as cited or a source id ('refkeeper refs' lists them)"));
            if (!chosen.contains(ref)) {
                chosen.add(ref);
            }
        }
        return chosen;
    }

    private static boolean names(Reference ref, String name) {
        String q = name.strip();
        return ref.id().toString().equals(q) || ref.url().equals(q) || canonical(q).filter(ref.url()::equals).isPresent()
                || ref.citations().stream().anyMatch(c -> c.citedUrl().equals(q));
    }

    private static Optional<String> canonical(String q) {
        try {
            return Optional.of(CanonicalUrl.of(q).url());
        } catch (BadInputException e) {
            return Optional.empty();
        }
    }
}
