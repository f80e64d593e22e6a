package org.refkeeper.run;

import org.refkeeper.page.Capture;
import org.refkeeper.page.Glance;
import org.refkeeper.verdict.Assessment;
import org.refkeeper.verdict.Judge;
import org.refkeeper.verdict.Outcome;

/**
 * The least honest work that tells a source is unchanged: the page opened and parsed, its scripts run (no waiting
 * for pictures, no scrolling, no lazy pictures, no screenshot, no bodies read), judged by its site rule, and its
 * main text, picture addresses included, compared with the last good capture's {@code content.md}. Anything else (a notice, a wall, another status, any difference
 * at all) sends the check on to a full capture of the same page. What it cannot see is a picture that changed
 * behind an unchanged address: {@link FullChecks} catches that.
 */
final class QuickCheck implements Glance {
    private final Judge judge;
    private final String lastText;
    private Assessment seen;

    private QuickCheck(Judge judge, String lastText) {
        this.judge = judge;
        this.lastText = lastText;
    }

    /** @param lastText the main text of the last good capture */
    static QuickCheck against(Judge judge, String lastText) {
        return new QuickCheck(judge, lastText.strip());
    }

    @Override
    public boolean settles(Capture loaded) {
        Assessment a = judge.assess(loaded);
        if (a.outcome() == Outcome.GOOD && a.mainText().strip().equals(lastText)) {
            seen = a;
            return true;
        }
        return false;
    }

    /** Whether the page as loaded settled the check. */
    boolean settled() {
        return seen != null;
    }

    /**
     * The assessment of the page the check settled, carrying the last good capture's fingerprint: the content is
     * that capture's.
     */
    Assessment assessment(String lastFingerprint) {
        if (seen == null) {
            throw new IllegalStateException("the quick check did not settle");
        }
        return new Assessment(seen.outcome(), seen.reason(), seen.httpStatus(), seen.title(), seen.mainText(),
                lastFingerprint, seen.movedTo(), seen.note());
    }
}
