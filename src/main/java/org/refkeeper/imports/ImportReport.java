package org.refkeeper.imports;

import org.refkeeper.report.RunReport;

import java.util.List;

/**
 * What an import did: the run that judged and committed the files' pages, the files that could not be read
 * (one line each, naming the file and what to do), the pages that were left out, and the records that were
 * skipped or read with a repair.
 *
 * @param run      the run of the latest capture of every page (the only run, unless a page was captured
 *                 several times)
 * @param earlier  where the files hold several captures of a page, one run for each earlier capture, oldest
 *                 first: the page's history
 */
public record ImportReport(RunReport run, List<RunReport> earlier, List<String> rejected,
                           List<ImportSkipped> skipped, List<ImportProblem> problems) {
    public ImportReport {
        earlier = List.copyOf(earlier);
        rejected = List.copyOf(rejected);
        skipped = List.copyOf(skipped);
        problems = List.copyOf(problems);
    }
}
