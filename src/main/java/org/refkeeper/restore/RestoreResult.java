package org.refkeeper.restore;

import org.refkeeper.verdict.State;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * An offline copy that {@code restore} wrote.
 *
 * @param dir        the folder it was written to
 * @param url        the page as it was captured
 * @param capturedAt when that capture was taken
 * @param stateNow   the source's state after the latest run, e.g. {@code vanished}
 * @param files      every file written, relative to {@code dir}, {@code index.html} first
 */
public record RestoreResult(Path dir, String url, Instant capturedAt, State stateNow, List<String> files) {
    public RestoreResult {
        files = List.copyOf(files);
    }

    /** The page to open: {@code index.html}. */
    public Path page() {
        return dir.resolve(OfflineCopy.PAGE);
    }
}
