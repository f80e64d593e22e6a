package org.refkeeper.cli;

import org.refkeeper.Archive;
import org.refkeeper.run.ImportReport;
import org.refkeeper.run.ImportSkipped;
import org.refkeeper.run.RunListener;
import org.refkeeper.store.RunEntry;
import org.refkeeper.store.RunReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.PrintWriter;
import java.time.Clock;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "import", description = "Bring the pages of WARC and WACZ files written by other tools into the "
        + "archive: each becomes a source, judged and committed like a capture.")
final class ImportCommand implements Callable<Integer> {
    @Mixin
    Output output;

    @ParentCommand
    RefkeeperCommand parent;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = ".warc, .warc.gz or .wacz files.")
    List<Path> files;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = output.err();
        ImportReport report;
        try (Archive archive = parent.openArchive()) {
            report = archive.importFiles(files, output.json() ? RunListener.NONE
                    : new RunProgress(err, RunProgress.modeFor(false), Clock.systemUTC()));
        }
        PrintWriter out = output.out();
        if (output.json()) {
            output.printJson(report);
        } else {
            RunReport run = report.run();
            out.println("import " + run.run() + ": " + run.summary());
            for (RunEntry e : run.sources()) {
                out.println("  " + Printer.column(e.state().label(), 12) + e.url() + "  " + e.bundle().orElse(e.reason()));
            }
            for (ImportSkipped s : report.skipped()) {
                out.println("  skipped     " + s.url() + "  " + s.reason());
            }
            run.commit().ifPresent(c -> out.println("commit " + c));
            out.flush();
        }
        for (String rejected : report.rejected()) {
            err.println("refkeeper: " + rejected);
        }
        err.flush();
        return report.rejected().isEmpty() ? ExitCodes.OK : ExitCodes.USAGE;
    }
}
