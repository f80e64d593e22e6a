package org.refkeeper.cli;

import org.refkeeper.Archive;
import org.refkeeper.run.ImportReport;
import org.refkeeper.run.ImportSkipped;
import org.refkeeper.run.RunListener;
import org.refkeeper.store.RunEntry;
import org.refkeeper.store.RunReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "import", description = "Bring the pages of WARC and WACZ files written by other tools into the "
        + "archive: each becomes a source, judged and committed like a capture.")
final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    RefkeeperCommand parent;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = ".warc, .warc.gz or .wacz files.")
    List<Path> files;

    @Option(names = "--json", description = "Print the run report, the files rejected and the pages skipped as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        ImportReport report;
        try (Archive archive = parent.openArchive()) {
            report = archive.importFiles(files, json ? RunListener.NONE : new RunCommand.Progress(err));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Printer.json(out, report);
        } else {
            RunReport run = report.run();
            out.println("import " + run.run() + ": " + run.summary());
            for (RunEntry e : run.sources()) {
                out.println("  " + Printer.column(e.state(), 12) + e.url() + "  " + e.bundle().orElse(e.reason()));
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
