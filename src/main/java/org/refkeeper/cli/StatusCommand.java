package org.refkeeper.cli;

import org.refkeeper.Archive;
import org.refkeeper.history.SourceStatus;
import org.refkeeper.verdict.State;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

@Command(name = "status", description = "The state of every source now.")
final class StatusCommand implements Callable<Integer> {
    @Mixin
    Output output;

    @ParentCommand
    RefkeeperCommand parent;

    @Override
    public Integer call() throws Exception {
        List<SourceStatus> sources;
        try (Archive archive = parent.openArchive()) {
            sources = archive.status();
        }
        PrintWriter out = output.out();
        if (output.json()) {
            output.printJson(Map.of("sources", sources));
            return ExitCodes.OK;
        }
        for (SourceStatus s : sources) {
            out.println(Printer.column(s.state().label(), 12) + Printer.column(s.title(), 40) + "  " + s.url()
                    + (s.titleDiffers() ? "  (now titled: " + s.liveTitle() + ")" : "")
                    + (s.state() == State.UNCHANGED || s.state() == State.NEW ? "" : "  " + s.reason()));
        }
        Map<State, Long> byState = new EnumMap<>(State.class);
        sources.forEach(s -> byState.merge(s.state(), 1L, Long::sum));
        out.println(sources.size() + " sources" + (byState.isEmpty() ? "" : ": " + byState.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey().label()).collect(Collectors.joining(", "))));
        out.flush();
        return ExitCodes.OK;
    }
}
