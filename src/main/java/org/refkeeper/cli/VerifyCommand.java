package org.refkeeper.cli;

import org.refkeeper.Archive;
import org.refkeeper.verify.VerifyProblem;
import org.refkeeper.verify.VerifyReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "verify", description = "Check every digest, the index and the repository; exit 1 on any problem.")
final class VerifyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    RefkeeperCommand parent;

    @Option(names = "--json", description = "Print the counts and the problems as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        VerifyReport report;
        try (Archive archive = parent.openArchive()) {
            report = archive.verify();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("ok", report.ok());
            doc.put("bundles", report.bundles());
            doc.put("indexLines", report.indexLines());
            doc.put("sources", report.sources());
            doc.put("problems", report.problems());
            Printer.json(out, doc);
        } else {
            for (VerifyProblem p : report.problems()) {
                out.println(p);
            }
            String counts = report.bundles() + " bundles, " + report.indexLines() + " index lines, "
                    + report.sources() + " sources checked";
            out.println(report.ok() ? "OK: " + counts : report.problems().size() + " problems; " + counts);
            out.flush();
        }
        return report.ok() ? ExitCodes.OK : ExitCodes.FAILED;
    }
}
