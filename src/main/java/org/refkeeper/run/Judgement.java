package org.refkeeper.run;

import org.refkeeper.page.Capture;
import org.refkeeper.sources.Reference;
import org.refkeeper.report.SourceRecord;
import org.refkeeper.verdict.Assessment;
import org.refkeeper.verdict.Verdict;

import java.util.Optional;

/**
 * One check of a source, judged but not yet written: the run may try the source again (it was out of reach) and
 * write only the last attempt, so that a retry that succeeds leaves the source's files as they were.
 *
 * @param old      what the archive held for the source before this run
 * @param capturer what made the capture, and writes its bundle ({@link Capturer#NONE} when no page was captured)
 * @param quick    whether a {@link QuickCheck} settled it: the page loaded and read, nothing more
 */
record Judgement(Reference ref, Optional<SourceRecord> old, Capture capture, Assessment assessment, Verdict verdict,
                 Capturer capturer, boolean quick) {
    /** A judgement of a full capture, or of none. */
    Judgement(Reference ref, Optional<SourceRecord> old, Capture capture, Assessment assessment, Verdict verdict,
              Capturer capturer) {
        this(ref, old, capture, assessment, verdict, capturer, false);
    }
}
