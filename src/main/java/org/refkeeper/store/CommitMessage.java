package org.refkeeper.store;

import org.refkeeper.verdict.State;

/**
 * The message of a run's commit: the counts by state on the subject line, then one line for every source
 * that is news (new, changed, or in another state than last run), so {@code git log} answers "what moved".
 */
public final class CommitMessage {
    private CommitMessage() {
    }

    public static String of(RunReport run) {
        StringBuilder msg = new StringBuilder(CommitLog.subject(run.run(), run.summary())).append("\n");
        boolean first = true;
        for (RunEntry e : run.sources()) {
            if (!e.isNews()) {
                continue;
            }
            if (first) {
                msg.append('\n');
                first = false;
            }
            msg.append(e.state().label()).append(": ").append(e.title().isBlank() ? e.url() : e.title());
            if (e.state() != State.NEW || e.reappeared()) {
                msg.append(" — ").append(e.reason());
            }
            if (e.reappeared()) {
                msg.append(" (back after vanishing)");
            } else if (e.previous().filter(p -> p != e.state()).isPresent()) {
                msg.append(" (was ").append(e.previous().get().label()).append(')');
            }
            msg.append("\n  ").append(e.url()).append('\n');
        }
        return msg.toString();
    }
}
