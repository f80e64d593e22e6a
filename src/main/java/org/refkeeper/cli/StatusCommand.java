package org.refkeeper.cli;

import org.refkeeper.Archive;
import org.refkeeper.history.SourceStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "status", description = "The state of every source now.")
final class StatusCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    RefkeeperCommand parent;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        List<SourceStatus> sources;
        try (Archive archive = parent.openArchive()) {
            sources = archive.status();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Printer.json(out, Map.of("sources", sources));
            return ExitCodes.OK;
        }
        for (SourceStatus s : sources) {
            out.println(Printer.column(s.state(), 12) + Printer.column(s.title(), 40) + "  " + s.url()
                    + (s.titleDiffers() ? "  (now titled: " + s.liveTitle() + ")" : "")
                    + (s.state().equals("unchanged") || s.state().equals("new") ? "" : "  " + s.reason()));
        }
        Map<String, Long> byState = new java.util.TreeMap<>();
        sources.forEach(s -> byState.merge(s.state(), 1L, Long::sum));
        out.println(sources.size() + " sources" + (byState.isEmpty() ? "" : ": " + byState.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey()).collect(java.util.stream.Collectors.joining(", "))));
        out.flush();
        return ExitCodes.OK;
    }
}
