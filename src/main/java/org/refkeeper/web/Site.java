package org.refkeeper.web;

import org.refkeeper.history.CaptureRow;
import org.refkeeper.history.SourceStatus;
import org.refkeeper.verdict.State;

import java.util.Optional;

/**
 * Where the pages of the web UI live and how they link to one another. Every page is rendered against one:
 * the live UI of {@code serve} answers queries ({@code /?state=}, {@code /source?id=}) and serves copies from
 * its second origin; a published site is a folder of files that link to each other relatively, so that it
 * works from any path of any static host and opened from disk.
 */
public interface Site {
    /** What the header and every page title say. */
    String title();

    /**
     * Whether a server answers the pages: searching, comparing any two captures, opening a copy with its
     * scripts, the commands that work on the archive itself.
     */
    boolean live();

    /** The list of sources, all or those in one state. */
    String sources(Optional<State> state);

    /** The list of notes. */
    String notes();

    /** One note's citations. */
    String note(String note);

    /** How a note is named on the pages. */
    default String noteName(String note) {
        return note;
    }

    /** One source's page. */
    String source(String id);

    /** A file of a capture's offline copy ({@code index.html}, {@code screenshot.png}, its WARC); empty when there is none. */
    Optional<String> copy(String id, CaptureRow capture, String file);

    /** The offline copy of a source's last good capture; empty when there is none. */
    Optional<String> lastCopy(SourceStatus source);

    /** A capture's copy with its scripts kept; empty where scripts are never served. */
    Optional<String> scripted(String id, CaptureRow capture);
}
