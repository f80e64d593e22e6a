package org.refkeeper.restore;

import org.refkeeper.store.SourceHistory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * What the web UI reads of an archive. The facade provides it, so that this package needs no dependency on
 * the facade; sources are named by id.
 */
public interface ArchiveView {
    /** Every source with its state now. */
    List<SourceRow> sources() throws IOException;

    /** A source's transitions, oldest first. */
    SourceHistory history(String id) throws IOException;

    /** Every capture kept of a source, oldest first. */
    List<CaptureRow> captures(String id) throws IOException;

    /** The unified diff of a source's main text between two commits; empty when nothing changed. */
    String diff(String id, String fromCommit, String toCommit) throws IOException;

    /** An offline copy of the capture that was a source's last good one at {@code commit}. */
    RestoreResult restore(String id, String commit, Path dir, boolean keepScripts) throws IOException;
}
