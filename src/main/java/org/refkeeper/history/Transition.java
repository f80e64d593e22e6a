package org.refkeeper.history;

import org.refkeeper.verdict.State;

import java.time.Instant;

/** One change of a source's state, as the archive's history records it. */
public record Transition(Instant at, State state, String reason, String run, String commit) {
}
