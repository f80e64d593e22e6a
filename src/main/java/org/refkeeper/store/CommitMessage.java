package org.refkeeper.store;

import org.refkeeper.report.RunEntry;
import org.refkeeper.report.RunReport;
import org.refkeeper.verdict.State;

/**
 * The message of a run's commit: the counts by state on the subject line, then one line for every source
 * that is news (new, changed, or in another state than last run), so {@code git log} answers "what moved";
 * then what runs that ended before they could commit found, which this commit holds.
 */
public final class CommitMessage {
    /** The reason of a plain new source, which says no more than its state. */
    static final String FIRST_CAPTURE = "first good capture";
    private static final String RECOVERED = " [found by a run that ended before it could commit]";

    private CommitMessage() {
    }

    public static String of(RunReport run) {
        StringBuilder msg = new StringBuilder(CommitLog.subject(run.run(), run.summary())).append("\n");
        boolean first = true;
        for (RunEntry e : run.sources()) {
            if (e.isNews()) {
                first = line(msg, e, "", first);
            }
        }
        for (RunEntry e : run.recovered()) {
            first = line(msg, e, RECOVERED, first);
        }
        return msg.toString();
    }

    private static boolean line(StringBuilder msg, RunEntry e, String suffix, boolean first) {
        if (first) {
            msg.append('\n');
        }
        msg.append(e.state().label()).append(": ").append(e.title().isBlank() ? e.url() : e.title());
        if (e.state() != State.NEW || e.reappeared() || !e.reason().equals(FIRST_CAPTURE)) {
            msg.append(" — ").append(e.reason());
        }
        if (e.reappeared()) {
            msg.append(" (back after vanishing)");
        } else if (e.previous().filter(p -> p != e.state()).isPresent()) {
            msg.append(" (was ").append(e.previous().get().label()).append(')');
        }
        msg.append(suffix).append("\n  ").append(e.url()).append('\n');
        return false;
    }
}
