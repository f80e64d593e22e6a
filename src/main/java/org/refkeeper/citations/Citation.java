package org.refkeeper.citations;

/**
 * One place where a note cites a URL.
 *
 * @param note    the note's path as given on the command line (forward slashes)
 * @param line    1-based line of the URL in the note
 * @param title   the title written with the URL (link text, or the line under a bare URL); empty if none
 * @param heading the nearest Markdown heading above the URL; empty if none
 * @param citedUrl the URL exactly as written in the note
 */
public record Citation(String note, int line, String title, String heading, String citedUrl) {
    public String where() {
        return note + ":" + line;
    }
}
