package org.refkeeper.web;

import org.refkeeper.history.ArchiveHistory;
import org.refkeeper.history.CaptureRow;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The diffs a source page shows: one pair the reader picked, or each capture against the one before it. */
public final class Comparisons {
    private Comparisons() {
    }

    /** What changed in the main text from one capture to another; a diff that fails says why instead. */
    static SourcePage.Comparison of(ArchiveHistory history, String id, CaptureRow from, CaptureRow to) {
        try {
            return new SourcePage.Comparison(from, to, Optional.of(history.diff(id, Optional.of(from.commit()),
                    Optional.of(to.commit())).unified()), Optional.empty());
        } catch (IOException e) {
            return new SourcePage.Comparison(from, to, Optional.empty(), Optional.of(e.getMessage()));
        }
    }

    /** Each capture against the one before it, newest first. */
    public static List<SourcePage.Comparison> consecutive(ArchiveHistory history, String id, List<CaptureRow> captures) {
        List<SourcePage.Comparison> out = new ArrayList<>();
        for (int i = captures.size() - 1; i > 0; i--) {
            out.add(of(history, id, captures.get(i - 1), captures.get(i)));
        }
        return out;
    }
}
