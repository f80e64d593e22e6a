package org.refkeeper.verify;

import java.util.List;

/**
 * What {@code verify} checked and found.
 *
 * @param bundles    WARC files under captures/ whose every record was read and its digests recomputed
 * @param indexLines lines of index.cdxj, each matched with the record it points at
 * @param sources    source.json files whose bundles were looked for
 */
public record VerifyReport(int bundles, int indexLines, int sources, List<VerifyProblem> problems) {
    public VerifyReport {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
