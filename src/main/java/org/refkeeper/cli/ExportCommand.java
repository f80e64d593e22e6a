package org.refkeeper.cli;

import org.refkeeper.Archive;
import org.refkeeper.wacz.ExportSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "export", description = "Pack sources as a WACZ 1.1.1 package that ReplayWeb.page and pywb open.")
final class ExportCommand implements Callable<Integer> {
    @Mixin
    Output output;

    @ParentCommand
    RefkeeperCommand parent;

    @Option(names = "--wacz", required = true, paramLabel = "FILE", description = "The package to write (*.wacz).")
    Path file;

    @Parameters(arity = "0..*", paramLabel = "SOURCE",
            description = "URLs (as cited or canonical) or source ids (default: every source).")
    List<String> sources = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        ExportSummary summary;
        try (Archive archive = parent.openArchive()) {
            summary = archive.exportWacz(file, sources);
        }
        PrintWriter out = output.out();
        if (output.json()) {
            output.printJson(summary);
        } else {
            out.println("wrote " + summary.file() + ": " + summary.pages() + " pages from " + summary.bundles()
                    + " bundles, " + summary.bytes() + " bytes");
            out.println("Open it in ReplayWeb.page (https://replayweb.page, or its local copy) or pywb.");
            out.flush();
        }
        return ExitCodes.OK;
    }
}
