package org.refkeeper.cli;

import org.refkeeper.run.RunListener;
import org.refkeeper.report.RunEntry;
import org.refkeeper.verdict.State;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A run's progress on stderr: on a terminal one line redrawn in place (a bar, done/total, the states so far, the
 * time left); otherwise, for logs, one line per source as it is judged; nothing at all with {@code --quiet}.
 */
final class RunProgress implements RunListener {
    enum Mode { BAR, LINES, NONE }

    private static final int BAR_WIDTH = 24;

    private final PrintWriter err;
    private final Mode mode;
    private final Clock clock;
    private final Map<State, Integer> states = new EnumMap<>(State.class);
    private Instant started;
    private int shown;

    RunProgress(PrintWriter err, Mode mode, Clock clock) {
        this.err = err;
        this.mode = mode;
        this.clock = clock;
    }

    /** The mode for a run: a bar when a person watches, lines for a log. */
    static Mode modeFor(boolean quiet) {
        return quiet ? Mode.NONE : System.console() != null ? Mode.BAR : Mode.LINES;
    }

    @Override
    public synchronized void started(String runId, int sources) {
        started = clock.instant();
        if (mode != Mode.NONE) {
            err.println("run " + runId + ": " + sources + " sources");
            err.flush();
        }
    }

    /** A warning (a note skipped, or read as GB18030) ends a bar's line first, so neither hides the other. */
    @Override
    public synchronized void warning(String message) {
        if (mode != Mode.NONE) {
            if (shown > 0) {
                err.println();
                shown = 0;
            }
            err.println("warning: " + message);
            err.flush();
        }
    }

    @Override
    public synchronized void judged(RunEntry e, int done, int total) {
        states.merge(e.state(), 1, Integer::sum);
        if (mode == Mode.LINES) {
            err.println("[" + done + "/" + total + "] " + Printer.column(e.state().label(), 12) + e.url()
                    + (e.title().isBlank() ? "" : "  " + e.title()));
        } else if (mode == Mode.BAR) {
            String line = bar(done, total, states, Duration.between(started, clock.instant()));
            err.print("\r" + line + " ".repeat(Math.max(0, shown - line.length())));
            shown = line.length();
            if (done == total) {
                err.println();
            }
        }
        err.flush();
    }

    /** "[######------]  12/45  3 new, 8 unchanged, 1 unreachable  about 2m left" */
    static String bar(int done, int total, Map<State, Integer> states, Duration elapsed) {
        int filled = total == 0 ? BAR_WIDTH : done * BAR_WIDTH / total;
        String counts = states.entrySet().stream().filter(s -> s.getValue() > 0)
                .map(s -> s.getValue() + " " + s.getKey().label()).collect(Collectors.joining(", "));
        String left = done == 0 || done >= total ? "" : "  about " + words(elapsed.multipliedBy(total - done).dividedBy(done)) + " left";
        return "[" + "#".repeat(filled) + "-".repeat(BAR_WIDTH - filled) + "]  " + done + "/" + total + "  " + counts + left;
    }

    private static String words(Duration d) {
        long s = Math.max(1, d.toSeconds());
        if (s < 60) {
            return s + "s";
        }
        return s < 3600 ? (s / 60) + "m" + (s % 60 == 0 ? "" : (s % 60) + "s") : (s / 3600) + "h" + (s % 3600 / 60) + "m";
    }
}
