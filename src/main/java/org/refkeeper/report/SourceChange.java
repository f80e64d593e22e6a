package org.refkeeper.report;

import java.util.Optional;

/**
 * A source.json that differs from what the last commit holds: what a run that ended before committing wrote.
 *
 * @param committed the source as the last commit holds it; empty for a source that commit does not have
 * @param now       the source as the folder holds it
 */
public record SourceChange(Optional<SourceRecord> committed, SourceRecord now) {
}
