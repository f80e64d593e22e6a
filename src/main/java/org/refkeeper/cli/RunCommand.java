package org.refkeeper.cli;

import org.refkeeper.Archive;
import org.refkeeper.RunOptions;
import org.refkeeper.io.BadInputException;
import org.refkeeper.run.Retries;
import org.refkeeper.run.Selection;
import org.refkeeper.report.RunEntry;
import org.refkeeper.report.RunReport;
import org.refkeeper.folder.Settings;
import org.refkeeper.verdict.State;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
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

    @Option(names = "--only", arity = "1..*", paramLabel = "SOURCE",
            description = "Check only these sources (URL as cited or canonical, or source id); give NOTES before it.")
    List<String> only = new ArrayList<>();

    @Option(names = "--stale-after", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Check only sources no run has checked within this time, e.g. 7d.")
    Duration staleAfter;

    @Option(names = "--retries", paramLabel = "N", defaultValue = "2",
            description = "Times a source out of reach is tried again within the run, after 15s, 30s, ... "
                    + "(default: ${DEFAULT-VALUE}).")
    int retries;

    @Option(names = "--full", description = "Check every source in full (scrolled, every picture read, a screenshot); "
            + "by default a source unchanged since its last good capture is checked quickly, and in full every "
            + "fullCheckEvery runs (refkeeper.json; default 7).")
    boolean full;

    @Option(names = "--quiet", description = "No progress; print only the sources that moved (for cron: no news, no mail).")
    boolean quiet;

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
        if (retries < 0 || retries > 10) {
            throw new BadInputException("--retries " + retries + ": give a number from 0 to 10");
        }
        if (staleAfter != null && (staleAfter.isZero() || staleAfter.isNegative())) {
            throw new BadInputException("--stale-after " + staleAfter + ": give a positive duration, e.g. 7d");
        }
        RunOptions options = new RunOptions(notes, browser.settings(), Optional.ofNullable(hostDelay).map(Duration::toMillis),
                Retries.DEFAULT.withAttempts(retries + 1), new Selection(only, Optional.ofNullable(staleAfter)), full);
        RunReport report;
        try (Archive archive = parent.openArchive()) {
            RunProgress.Mode mode = output.json() ? RunProgress.Mode.NONE : RunProgress.modeFor(quiet);
            report = archive.run(options, new RunProgress(output.err(), mode, Clock.systemUTC()));
        }
        if (output.json()) {
            output.printJson(report);
        } else if (quiet) {
            printNews(output.out(), report);
        } else {
            printSummary(output.out(), report);
        }
        boolean hit = report.allEntries().anyMatch(e -> failStates.contains(e.state()));
        return hit ? ExitCodes.FAIL_ON : ExitCodes.OK;
    }

    private void printSummary(PrintWriter out, RunReport report) {
        out.println("run " + report.run() + ": " + report.summary());
        long quick = report.sources().stream().filter(e -> e.check().equals(RunEntry.QUICK)).count();
        if (quick > 0) {
            out.println("  " + quick + " of them checked quickly: loaded and read, main text and picture addresses as at"
                    + " their last good capture (--full checks every page in full)");
        }
        for (RunEntry e : report.sources()) {
            if (e.state() != State.UNCHANGED && e.state() != State.NEW) {
                out.println("  " + line(e));
            }
        }
        printRecovered(out, report);
        for (RunEntry e : report.sources()) {
            if (!e.omissions().isEmpty()) {
                out.println("  kept, but: " + e.url() + "  " + e.omissions().get(0)
                        + (e.omissions().size() > 1 ? " (and " + (e.omissions().size() - 1) + " more in the run report)" : ""));
            }
        }
        report.commit().ifPresent(c -> out.println("commit " + c));
        out.println("Next: 'refkeeper status' for every source, 'git -C " + parent.archiveDir()
                + " log --stat' for the history.");
        out.flush();
    }

    /** What moved, as the commit message tells it; nothing when nothing did. */
    private static void printNews(PrintWriter out, RunReport report) {
        report.sources().stream().filter(RunEntry::isNews).forEach(e -> out.println(line(e)));
        printRecovered(out, report);
        out.flush();
    }

    private static void printRecovered(PrintWriter out, RunReport report) {
        if (!report.recovered().isEmpty()) {
            out.println("found by a run that ended before it could commit, committed now:");
            report.recovered().forEach(e -> out.println("  " + line(e)));
        }
    }

    private static String line(RunEntry e) {
        return Printer.column(e.state().label(), 12) + e.url() + "  " + e.reason();
    }
}
