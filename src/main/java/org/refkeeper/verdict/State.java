package org.refkeeper.verdict;

import java.util.Locale;

/** The state a run gives a source (DESIGN.md, "States of a source"). */
public enum State {
    NEW, UNCHANGED, CHANGED, VANISHED, BLOCKED, UNREACHABLE, ERROR;

    /** The lower-case name used in JSON, reports and on the command line. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static State of(String label) {
        return valueOf(label.trim().toUpperCase(Locale.ROOT));
    }

    /** Whether this state comes from a good capture, which becomes the last good one. */
    public boolean good() {
        return this == NEW || this == UNCHANGED || this == CHANGED;
    }
}
