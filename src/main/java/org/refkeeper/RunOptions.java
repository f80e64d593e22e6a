package org.refkeeper;

import org.refkeeper.capture.BrowserSettings;
import org.refkeeper.run.Retries;
import org.refkeeper.run.Selection;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What a run needs besides the archive.
 *
 * @param notes           note files and folders; empty means the ones the archive's settings record
 * @param browser         how to start and drive Chromium
 * @param hostDelayMillis the least time between two page loads on one host; empty means the archive's setting
 * @param retries         how sources out of reach are tried again within the run
 * @param selection       which of the cited sources to check
 */
public record RunOptions(List<Path> notes, BrowserSettings browser, Optional<Long> hostDelayMillis, Retries retries,
                         Selection selection) {
    public RunOptions {
        notes = List.copyOf(notes);
    }

    /** Every source, retried as by default. */
    public RunOptions(List<Path> notes, BrowserSettings browser, Optional<Long> hostDelayMillis) {
        this(notes, browser, hostDelayMillis, Retries.DEFAULT, Selection.ALL);
    }

    public RunOptions withRetries(Retries newRetries) {
        return new RunOptions(notes, browser, hostDelayMillis, newRetries, selection);
    }

    public RunOptions withSelection(Selection newSelection) {
        return new RunOptions(notes, browser, hostDelayMillis, retries, newSelection);
    }
}
