package org.refkeeper.verdict;

import java.util.Optional;

/**
 * The judgement of one capture on its own.
 *
 * @param outcome     good, gone, wall, temporary or broken
 * @param reason      a short human reason, e.g. "main text found", "此内容因违规无法查看", "HTTP 503"
 * @param httpStatus  status of the final main document, 0 if none
 * @param title       the title the live page shows (empty if none)
 * @param mainText    the main text, as Markdown-ish plain text (paragraphs separated by blank lines); empty unless good
 * @param fingerprint a digest of the normalised main text and the main content's image payloads; empty unless good
 * @param movedTo     where the source now lives, if it redirected or announced a move
 */
public record Assessment(Outcome outcome, String reason, int httpStatus, String title, String mainText,
                         String fingerprint, Optional<String> movedTo) {
}
