package org.refkeeper.verdict;

import java.util.Optional;

/**
 * The state a run gives a source: an assessment compared with the source's past.
 *
 * @param state      the state of the source after this run
 * @param reason     why, in a few words ("main text differs", "该内容已被发布者删除", "HTTP 503")
 * @param reappeared the source had vanished and is back
 * @param movedTo    the URL the source now lives at, if it moved
 * @param keep       this capture is kept: its bundle written, it becomes the last good capture. A new or changed
 *                   source always is; so is a page its site rule could not read that differs from the last kept
 *                   one (then the state may be {@code error}: see {@link Verdicts})
 */
public record Verdict(State state, String reason, boolean reappeared, Optional<String> movedTo, boolean keep) {
    /** A verdict that keeps the capture exactly when the source is new or changed. */
    public Verdict(State state, String reason, boolean reappeared, Optional<String> movedTo) {
        this(state, reason, reappeared, movedTo, state == State.NEW || state == State.CHANGED);
    }
}
