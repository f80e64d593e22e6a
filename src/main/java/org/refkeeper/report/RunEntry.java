package org.refkeeper.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.refkeeper.verdict.State;

import java.util.List;
import java.util.Optional;

/**
 * One source's line in a run report: what this run saw and decided.
 *
 * @param previous  the state the run before gave it; empty for a source new to the archive
 * @param omissions what the capture left out and why (a screenshot clipped, a body over the size limit); the
 *                  capture is kept all the same
 * @param check     how the page was checked: {@value #QUICK} (loaded and read, its main text and picture addresses
 *                  found as at the last good capture: nothing scrolled, fetched or pictured more) or {@value #FULL};
 *                  empty when no page was loaded for it (left alone, an error before loading, a dead run's finding)
 */
public record RunEntry(String id, String url, String title, State state,
                       @JsonInclude(JsonInclude.Include.ALWAYS) @JsonSerialize(using = StateJson.OptionalLabel.class)
                       Optional<State> previous, int httpStatus,
                       String reason, boolean reappeared, Optional<String> movedTo, Optional<String> bundle,
                       String liveTitle, boolean titleDiffers,
                       @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> omissions,
                       @JsonInclude(JsonInclude.Include.NON_EMPTY) String check) {
    public static final String QUICK = "quick";
    public static final String FULL = "full";

    public RunEntry {
        previous = previous == null ? Optional.empty() : previous;
        movedTo = movedTo == null ? Optional.empty() : movedTo;
        bundle = bundle == null ? Optional.empty() : bundle;
        liveTitle = liveTitle == null ? "" : liveTitle;
        omissions = omissions == null ? List.of() : List.copyOf(omissions);
        check = check == null ? "" : check;
    }

    /** An entry that does not say how its page was checked. */
    public RunEntry(String id, String url, String title, State state, Optional<State> previous, int httpStatus,
                    String reason, boolean reappeared, Optional<String> movedTo, Optional<String> bundle,
                    String liveTitle, boolean titleDiffers, List<String> omissions) {
        this(id, url, title, state, previous, httpStatus, reason, reappeared, movedTo, bundle, liveTitle,
                titleDiffers, omissions, "");
    }

    /** An entry whose capture left nothing out. */
    public RunEntry(String id, String url, String title, State state, Optional<State> previous, int httpStatus,
                    String reason, boolean reappeared, Optional<String> movedTo, Optional<String> bundle,
                    String liveTitle, boolean titleDiffers) {
        this(id, url, title, state, previous, httpStatus, reason, reappeared, movedTo, bundle, liveTitle,
                titleDiffers, List.of());
    }

    /** This entry with another previous state. */
    public RunEntry withPrevious(Optional<State> before) {
        return new RunEntry(id, url, title, state, before, httpStatus, reason, reappeared, movedTo, bundle, liveTitle,
                titleDiffers, omissions, check);
    }

    /** Whether this entry is news: new, changed, or another state than the run before gave it. */
    @JsonIgnore
    public boolean isNews() {
        if (state == State.NEW || state == State.CHANGED) {
            return true;
        }
        State before = previous.orElse(state);
        if (before == state) {
            return false;
        }
        return !(state == State.UNCHANGED && before.good());
    }
}
