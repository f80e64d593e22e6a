package org.refkeeper.cli;

import org.refkeeper.Archive;
import org.refkeeper.RunOptions;
import org.refkeeper.io.BadInputException;
import org.refkeeper.run.RunListener;
import org.refkeeper.store.RunEntry;
import org.refkeeper.store.RunReport;
import org.refkeeper.store.Settings;
import org.refkeeper.verdict.State;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "run", description = "Capture every reference, judge it, and commit the run to the archive.")
final class RunCommand implements Callable<Integer> {
    @Mixin
    Output output;

    @ParentCommand
    RefkeeperCommand parent;

    @Parameters(arity = "0..*", paramLabel = "NOTES",
            description = "Markdown files or folders (default: the notes the archive's first run recorded).")
    List<Path> notes = new ArrayList<>();

    @Mixin
    BrowserOptions browser;

    @Option(names = "--fail-on", paramLabel = "STATE", split = ",",
            description = "Exit 3 when any source ends in one of these states, e.g. vanished,blocked.")
    List<String> failOn = new ArrayList<>();

    @Option(names = "--host-delay", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Least time between two page loads on one host (default: the archive's setting, 2s).")
    Duration hostDelay;

    @Override
    public Integer call() throws Exception {
        List<State> failStates = new ArrayList<>();
        for (String s : failOn) {
            try {
                failStates.add(State.of(s));
            } catch (IllegalArgumentException e) {
                throw new BadInputException("--fail-on " + s + ": not a state; use new, unchanged, changed, vanished, "
                        + "blocked, unreachable or error");
            }
        }
        if (hostDelay != null && hostDelay.toMillis() > Settings.MAX_HOST_DELAY_MILLIS) {
            throw new BadInputException("--host-delay " + hostDelay.toMillis() + "ms: give a duration from 0 to 1h, "
                    + "e.g. 2s");
        }
        PrintWriter err = output.err();
        RunOptions options = new RunOptions(notes, browser.settings(),
                Optional.ofNullable(hostDelay).map(Duration::toMillis));
        RunReport report;
        try (Archive archive = parent.openArchive()) {
            report = archive.run(options, output.json() ? RunListener.NONE : new Progress(err));
        }
        PrintWriter out = output.out();
        if (output.json()) {
            output.printJson(report);
        } else {
            out.println("run " + report.run() + ": " + report.summary());
            for (RunEntry e : report.sources()) {
                if (e.state() != State.UNCHANGED && e.state() != State.NEW) {
                    out.println("  " + Printer.column(e.state().label(), 12) + e.url() + "  " + e.reason());
                }
            }
            report.commit().ifPresent(c -> out.println("commit " + c));
            out.println("Next: 'refkeeper status' for every source, 'git -C " + parent.archiveDir()
                    + " log --stat' for the history.");
            out.flush();
        }
        boolean hit = report.sources().stream().anyMatch(e -> failStates.contains(e.state()));
        return hit ? ExitCodes.FAIL_ON : ExitCodes.OK;
    }

    /** One line per source on stderr as it is judged, so a long run shows that it is alive. */
    record Progress(PrintWriter err) implements RunListener {
        @Override
        public void started(String runId, int sources) {
            err.println("run " + runId + ": " + sources + " sources");
            err.flush();
        }

        @Override
        public void warning(String message) {
            synchronized (err) {
                err.println("warning: " + message);
                err.flush();
            }
        }

        @Override
        public void judged(RunEntry e, int done, int total) {
            synchronized (err) {
                err.println("[" + done + "/" + total + "] " + Printer.column(e.state().label(), 12) + e.url()
                        + (e.title().isBlank() ? "" : "  " + e.title()));
                err.flush();
            }
        }
    }
}
