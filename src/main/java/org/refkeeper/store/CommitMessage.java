package org.refkeeper.store;

import java.util.Set;

/**
 * The message of a run's commit: the counts by state on the subject line, then one line for every source
 * that is news (new, changed, or in another state than last run), so {@code git log} answers "what moved".
 */
public final class CommitMessage {
    private static final Set<String> GOOD = Set.of("new", "changed", "unchanged");
    /** The reason of a plain new source, which says no more than its state. */
    static final String FIRST_CAPTURE = "first good capture";

    private CommitMessage() {
    }

    public static String of(RunReport run) {
        StringBuilder msg = new StringBuilder(History.subject(run.run(), run.summary())).append("\n");
        boolean first = true;
        for (RunEntry e : run.sources()) {
            if (!isNews(e)) {
                continue;
            }
            if (first) {
                msg.append('\n');
                first = false;
            }
            msg.append(e.state()).append(": ").append(e.title().isBlank() ? e.url() : e.title());
            if (!e.state().equals("new") || e.reappeared() || !e.reason().equals(FIRST_CAPTURE)) {
                msg.append(" — ").append(e.reason());
            }
            if (e.reappeared()) {
                msg.append(" (back after vanishing)");
            } else if (!e.previous().isBlank() && !e.previous().equals(e.state())) {
                msg.append(" (was ").append(e.previous()).append(')');
            }
            msg.append("\n  ").append(e.url()).append('\n');
        }
        return msg.toString();
    }

    static boolean isNews(RunEntry e) {
        if (e.state().equals("new") || e.state().equals("changed")) {
            return true;
        }
        if (e.previous().isBlank() || e.previous().equals(e.state())) {
            return false;
        }
        return !(e.state().equals("unchanged") && GOOD.contains(e.previous()));
    }
}
