package org.refkeeper.notes;

import java.util.List;

/** What a scan of notes found: the sources to archive and the links left out. */
public record References(List<Reference> sources, List<Skipped> skipped) {
    public References {
        sources = List.copyOf(sources);
        skipped = List.copyOf(skipped);
    }
}
