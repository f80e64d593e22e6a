package org.refkeeper.imports;

import org.refkeeper.run.CaptureRun;
import org.refkeeper.run.RunListener;
import org.refkeeper.sources.References;
import org.refkeeper.store.ArchiveStore;
import org.refkeeper.report.RunReport;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Imports the pages of files into the archive: one run for each generation of captures, oldest first. */
public final class ImportRun {
    private ImportRun() {
    }

    public static ImportReport call(ArchiveStore store, ImportedPages pages, RunListener listener, Clock clock)
            throws IOException {
        pages.dropOlderThanArchive(store);
        List<RunReport> runs = new ArrayList<>();
        for (int g = 0; g < pages.generations(); g++) {
            int generation = g;
            runs.add(new CaptureRun(store, pages.references(g), () -> pages.capturer(generation, clock), 1, 0,
                    listener, clock).call());
        }
        if (runs.isEmpty()) {
            // every page was older than the archive's copy: still one run, so the import is on record
            runs.add(new CaptureRun(store, new References(List.of(), List.of()), () -> {
                throw new IOException("no page to capture");
            }, 1, 0, listener, clock).call());
        }
        return new ImportReport(runs.get(runs.size() - 1), runs.subList(0, runs.size() - 1), pages.rejected(),
                pages.skipped(), pages.problems());
    }
}
