package org.refkeeper.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.refkeeper.verdict.State;

import java.util.Optional;

/**
 * One source's line in a run report: what this run saw and decided.
 *
 * @param previous the state the run before gave it; empty for a source new to the archive
 */
public record RunEntry(String id, String url, String title, State state,
                       @JsonInclude(JsonInclude.Include.ALWAYS) @JsonSerialize(using = StateJson.OptionalLabel.class)
                       Optional<State> previous, int httpStatus,
                       String reason, boolean reappeared, Optional<String> movedTo, Optional<String> bundle,
                       String liveTitle, boolean titleDiffers) {
    public RunEntry {
        previous = previous == null ? Optional.empty() : previous;
        movedTo = movedTo == null ? Optional.empty() : movedTo;
        bundle = bundle == null ? Optional.empty() : bundle;
        liveTitle = liveTitle == null ? "" : liveTitle;
    }
}
