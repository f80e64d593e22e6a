package org.refkeeper.history;

import java.time.Instant;

/** One change of a source's state, as the archive's history records it. */
public record Transition(Instant at, String state, String reason, String run, String commit) {
}
