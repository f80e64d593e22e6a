package org.refkeeper.verdict;

import org.refkeeper.content.Markdown;

import java.util.Optional;

/**
 * The judgement of one capture on its own.
 *
 * @param outcome     good, unread, gone, wall, temporary or broken
 * @param reason      a short human reason, e.g. "main text found", "此内容因违规无法查看", "HTTP 503"; for an
 *                    unread page, which rule failed and how
 * @param httpStatus  status of the final main document, 0 if none
 * @param title       the title the live page shows (empty if none)
 * @param mainText    the main text, as Markdown-ish plain text (paragraphs separated by blank lines); empty unless
 *                    good or unread
 * @param fingerprint a digest of the normalised main text and the main content's image payloads; empty unless
 *                    good or unread (then marked {@code unread:})
 * @param movedTo     where the source now lives, if it redirected or announced a move
 * @param note        what the report should add about this capture ("12 answers seen, not compared"); empty if
 *                    nothing
 */
public record Assessment(Outcome outcome, String reason, int httpStatus, String title, String mainText,
                         String fingerprint, Optional<String> movedTo, Optional<String> note) {
    public Assessment {
        movedTo = movedTo == null ? Optional.empty() : movedTo;
        note = note == null ? Optional.empty() : note;
    }

    /** An assessment with nothing to add for the report. */
    public Assessment(Outcome outcome, String reason, int httpStatus, String title, String mainText,
                      String fingerprint, Optional<String> movedTo) {
        this(outcome, reason, httpStatus, title, mainText, fingerprint, movedTo, Optional.empty());
    }

    /** This assessment of a page found at the end of a move: the source lives on at {@code where}. */
    public Assessment withMovedTo(Optional<String> where) {
        return new Assessment(outcome, reason, httpStatus, title, mainText, fingerprint, where, note);
    }
}
