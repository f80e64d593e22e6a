package org.refkeeper.cli;

import org.refkeeper.Archive;
import org.refkeeper.verify.VerifyProblem;
import org.refkeeper.verify.VerifyReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "verify", description = "Check every digest, the index and the repository; exit 1 on any problem.")
final class VerifyCommand implements Callable<Integer> {
    @Mixin
    Output output;

    @ParentCommand
    RefkeeperCommand parent;

    @Override
    public Integer call() throws Exception {
        VerifyReport report;
        try (Archive archive = parent.openArchive()) {
            report = archive.verify();
        }
        PrintWriter out = output.out();
        if (output.json()) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("ok", report.ok());
            doc.put("bundles", report.bundles());
            doc.put("indexLines", report.indexLines());
            doc.put("sources", report.sources());
            doc.put("problems", report.problems());
            output.printJson(doc);
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
