package org.refkeeper.sources;

import org.refkeeper.citations.Citation;
import java.util.List;

/** A source: one canonical URL with every place that cites it, in note order. */
public record Reference(String url, SourceId id, List<Citation> citations) {
    public Reference {
        citations = List.copyOf(citations);
    }

    /** The first non-empty title any citation gives, or empty. */
    public String title() {
        return citations.stream().map(Citation::title).filter(t -> !t.isBlank()).findFirst().orElse("");
    }
}
