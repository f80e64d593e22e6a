package org.refkeeper.store;

import java.util.Optional;

/** One source's line in a run report: what this run saw and decided. */
public record RunEntry(String id, String url, String title, String state, String previous, int httpStatus,
                       String reason, boolean reappeared, Optional<String> movedTo, Optional<String> bundle,
                       String liveTitle, boolean titleDiffers) {
    public RunEntry {
        movedTo = movedTo == null ? Optional.empty() : movedTo;
        bundle = bundle == null ? Optional.empty() : bundle;
        liveTitle = liveTitle == null ? "" : liveTitle;
    }
}
