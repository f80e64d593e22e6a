package org.refkeeper.cli;

import org.refkeeper.Archive;
import org.refkeeper.history.SourceHistory;
import org.refkeeper.history.Transition;
import org.refkeeper.report.RunReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "log", description = "The runs, or one source's history: when it was new, changed, vanished.")
final class LogCommand implements Callable<Integer> {
    @Mixin
    Output output;

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    @ParentCommand
    RefkeeperCommand parent;

    @Parameters(arity = "0..1", paramLabel = "SOURCE", description = "A URL (as cited or canonical) or a source id.")
    String source;

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new java.util.ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = output.out();
        try (Archive archive = parent.openArchive()) {
            if (source == null) {
                List<RunReport> runs = archive.runs();
                if (output.json()) {
                    output.printJson(Map.of("runs", runs));
                    return ExitCodes.OK;
                }
                for (RunReport r : reversed(runs)) {
                    out.println(r.run() + "  " + WHEN.format(r.started()) + "  "
                            + r.commit().map(c -> c.substring(0, 10)).orElse("(uncommitted)") + "  " + r.summary());
                }
            } else {
                SourceHistory h = archive.history(source);
                if (output.json()) {
                    output.printJson(h);
                    return ExitCodes.OK;
                }
                out.println(h.id() + "  " + h.url());
                for (Transition t : h.transitions()) {
                    out.println("  " + WHEN.format(t.at()) + "  " + Printer.column(t.state().label(), 12)
                            + t.commit().substring(0, 10) + "  " + t.reason());
                }
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
