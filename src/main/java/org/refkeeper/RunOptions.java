package org.refkeeper;

import org.refkeeper.capture.BrowserSettings;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What a run needs besides the archive.
 *
 * @param notes     note files and folders; empty means the ones the archive's settings record
 * @param browser   how to start and drive Chromium
 * @param hostDelayMillis the least time between two page loads on one host; empty means the archive's setting
 */
public record RunOptions(List<Path> notes, BrowserSettings browser, Optional<Long> hostDelayMillis) {
    public RunOptions {
        notes = List.copyOf(notes);
    }
}
