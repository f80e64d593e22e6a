package org.refkeeper.store;

import java.util.List;

/** A source's transitions, oldest first: when it was new, changed, vanished, came back. */
public record SourceHistory(String id, String url, List<Transition> transitions) {
    public SourceHistory {
        transitions = List.copyOf(transitions);
    }
}
