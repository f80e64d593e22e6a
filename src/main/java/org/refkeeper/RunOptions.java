package org.refkeeper;

import org.refkeeper.chromium.BrowserSettings;
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
 * @param full            check every source in full (scrolled, every picture read, a screenshot), none quickly
 */
public record RunOptions(List<Path> notes, BrowserSettings browser, Optional<Long> hostDelayMillis, Retries retries,
                         Selection selection, boolean full) {
    public RunOptions {
        notes = List.copyOf(notes);
    }

    /** The chosen sources, checked quickly where the archive's settings allow. */
    public RunOptions(List<Path> notes, BrowserSettings browser, Optional<Long> hostDelayMillis, Retries retries,
                      Selection selection) {
        this(notes, browser, hostDelayMillis, retries, selection, false);
    }

    /** Every source, retried as by default. */
    public RunOptions(List<Path> notes, BrowserSettings browser, Optional<Long> hostDelayMillis) {
        this(notes, browser, hostDelayMillis, Retries.DEFAULT, Selection.ALL);
    }

    public RunOptions withRetries(Retries newRetries) {
        return new RunOptions(notes, browser, hostDelayMillis, newRetries, selection, full);
    }

    public RunOptions withSelection(Selection newSelection) {
        return new RunOptions(notes, browser, hostDelayMillis, retries, newSelection, full);
    }

    /** These options with every source checked in full. */
    public RunOptions withFull(boolean everyFull) {
        return new RunOptions(notes, browser, hostDelayMillis, retries, selection, everyFull);
    }
}
