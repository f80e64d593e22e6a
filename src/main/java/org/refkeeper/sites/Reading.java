package org.refkeeper.sites;

import org.refkeeper.content.Markdown;
import org.jsoup.nodes.Element;

import java.util.Optional;

/**
 * What was read off a page: the main content, which decides whether the source changed, and what is kept
 * below it in the main text without being compared.
 *
 * @param main              the main content: its text and pictures make the fingerprint
 * @param leading           text that belongs to the main content but is shown as the title (a question's own
 *                          title): part of the fingerprint, not of the main text; empty if none
 * @param beside            kept in the main text below the main content, never compared (a question's answers)
 * @param title             the title this kind of page has where the site rule's title selectors would not find
 *                          it (a text post's first line); empty to use the rule's
 * @param note              a few words for the report about what was read ("12 answers seen, not compared")
 * @param picturesByAddress pictures count by their address (host and path) rather than by their bytes: for
 *                          pictures a CDN serves in several formats and sizes, and that the page may show or
 *                          only list in its data
 */
public record Reading(Element main, String leading, Optional<Element> beside, Optional<String> title, Optional<String> note,
               boolean picturesByAddress) {

    /** The main content as the site rule's selectors (or the generic extraction) found it. */
    public static Reading of(Element main) {
        return new Reading(main, "", Optional.empty(), Optional.empty(), Optional.empty(), false);
    }

    /** The main text: the main content, then what is kept beside it. */
    public String markdown() {
        String text = Markdown.of(main);
        String more = beside.map(Markdown::of).orElse("");
        return more.isEmpty() ? text : text.isEmpty() ? more : text + "\n\n" + more;
    }

    /** The text that is searched for the site's notices: the main content's own. */
    public String text() {
        return (leading + " " + main.text()).strip();
    }
}
