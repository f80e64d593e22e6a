package org.refkeeper.cli;

import org.refkeeper.Archive;
import org.refkeeper.imports.ImportProblem;
import org.refkeeper.imports.ImportReport;
import org.refkeeper.imports.ImportSkipped;
import org.refkeeper.run.RunListener;
import org.refkeeper.report.RunEntry;
import org.refkeeper.report.RunReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.PrintWriter;
import java.time.Clock;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "import", description = "Bring the pages of WARC, ARC and WACZ files written by other tools into the "
        + "archive: each becomes a source, judged and committed like a capture, its records copied as they were.")
final class ImportCommand implements Callable<Integer> {
    @Mixin
    Output output;

    @ParentCommand
    RefkeeperCommand parent;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "WARC (.warc, .warc.gz), ARC (.arc, .arc.gz) or WACZ files.")
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
            for (RunReport earlier : report.earlier()) {
                print(out, earlier, "earlier captures");
            }
            print(out, report.run(), "");
            for (ImportSkipped s : report.skipped()) {
                out.println("  skipped     " + s.url() + "  " + s.reason());
            }
            out.flush();
        }
        for (ImportProblem problem : report.problems()) {
            err.println("refkeeper: " + problem);
        }
        for (String rejected : report.rejected()) {
            err.println("refkeeper: " + rejected);
        }
        err.flush();
        return report.rejected().isEmpty() ? ExitCodes.OK : ExitCodes.USAGE;
    }

    private static void print(PrintWriter out, RunReport run, String what) {
        out.println("import " + run.run() + (what.isEmpty() ? "" : " (" + what + ")") + ": " + run.summary());
        for (RunEntry e : run.sources()) {
            out.println("  " + Printer.column(e.state().label(), 12) + e.url() + "  " + e.bundle().orElse(e.reason()));
        }
        run.commit().ifPresent(c -> out.println("commit " + c));
    }
}
