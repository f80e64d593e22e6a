package org.refkeeper.verdict;

import java.util.Optional;

/**
 * What the archive remembers of a source before this run.
 *
 * @param state           the state the last run gave it
 * @param goodFingerprint the fingerprint of its last good capture; empty if it never had one
 */
public record Previous(State state, Optional<String> goodFingerprint) {
    /** Whether the source ever had a good capture. */
    public boolean everGood() {
        return goodFingerprint.isPresent();
    }
}
