package org.refkeeper.run;

import org.refkeeper.report.RunEntry;

/** Hears about a run's progress, e.g. to show it on a terminal. Called from worker threads. */
public interface RunListener {
    RunListener NONE = new RunListener() {
    };

    default void started(String runId, int sources) {
    }

    default void judged(RunEntry entry, int done, int total) {
    }

    /** Something the user should know that does not stop the run, e.g. a note skipped or read as GB18030. */
    default void warning(String message) {
    }
}
