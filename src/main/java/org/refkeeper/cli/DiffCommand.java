package org.refkeeper.cli;

import org.refkeeper.Archive;
import org.refkeeper.history.SourceDiff;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "diff", description = "What changed in a source's main text (default: between its last two captures).")
final class DiffCommand implements Callable<Integer> {
    @Mixin
    Output output;

    @ParentCommand
    RefkeeperCommand parent;

    @Parameters(paramLabel = "SOURCE", description = "A URL (as cited or canonical) or a source id.")
    String source;

    @Option(names = "--from", paramLabel = "WHEN", description = "A date, a run id or a commit.")
    String from;

    @Option(names = "--to", paramLabel = "WHEN", description = "A date, a run id or a commit (default: now).")
    String to;

    @Override
    public Integer call() throws Exception {
        SourceDiff diff;
        try (Archive archive = parent.openArchive()) {
            diff = archive.diff(source, Optional.ofNullable(from), Optional.ofNullable(to));
        }
        PrintWriter out = output.out();
        if (output.json()) {
            output.printJson(diff);
        } else if (diff.unified().isEmpty()) {
            out.println("no change in the main text between " + diff.from() + " and " + diff.to());
        } else {
            out.print(diff.unified());
        }
        out.flush();
        return ExitCodes.OK;
    }
}
