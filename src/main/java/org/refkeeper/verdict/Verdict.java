package org.refkeeper.verdict;

import java.util.Optional;

/**
 * The state a run gives a source: an assessment compared with the source's past.
 *
 * @param state      the state of the source after this run
 * @param reason     why, in a few words ("main text differs", "该内容已被发布者删除", "HTTP 503")
 * @param reappeared the source had vanished and is back
 * @param movedTo    the URL the source now lives at, if it moved
 */
public record Verdict(State state, String reason, boolean reappeared, Optional<String> movedTo) {
}
