package org.refkeeper.run;

import org.refkeeper.store.RunReport;

import java.util.List;

/**
 * What an import did: the run that judged and committed the files' pages, the files that could not be read
 * (one line each, naming the file and what to do) and the pages that were left out.
 */
public record ImportReport(RunReport run, List<String> rejected, List<ImportSkipped> skipped) {
    public ImportReport {
        rejected = List.copyOf(rejected);
        skipped = List.copyOf(skipped);
    }
}
