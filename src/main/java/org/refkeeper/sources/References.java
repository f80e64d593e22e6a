package org.refkeeper.sources;

import java.util.List;

/**
 * What a scan of notes found: the sources to archive and the links left out.
 *
 * @param warnings what the user should know about the notes: one read as GB18030, a binary file skipped
 */
public record References(List<Reference> sources, List<Skipped> skipped, List<String> warnings) {
    public References {
        sources = List.copyOf(sources);
        skipped = List.copyOf(skipped);
        warnings = List.copyOf(warnings);
    }

    public References(List<Reference> sources, List<Skipped> skipped) {
        this(sources, skipped, List.of());
    }
}
