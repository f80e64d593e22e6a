package org.refkeeper.run;

import org.refkeeper.verdict.State;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * What one check says about its whole host, so that the run leaves the host's other sources alone: a wall (a
 * captcha, a verification page, 429 Too Many Requests: asking again only makes it worse), or a {@code Retry-After}
 * longer than the run waits. A 401 or 403 alone closes one page, not its site.
 *
 * @param state  what the sources left alone are reported as
 * @param reason why, naming the host and what it said
 */
record HostSignal(State state, String reason) {
    private static final Set<Integer> PAGE_ONLY = Set.of(401, 403, 407);

    static Optional<HostSignal> of(Judgement j, Retries retries, Instant now) {
        String host = j.ref().id().host();
        int status = j.assessment().httpStatus();
        if (j.verdict().state() == State.BLOCKED
                && !(PAGE_ONLY.contains(status) && j.verdict().reason().equals("HTTP " + status))) {
            return Optional.of(new HostSignal(State.BLOCKED, "not checked: " + host
                    + " put up a wall earlier in this run (" + j.verdict().reason() + ")"));
        }
        Optional<Duration> asked = RetryAfter.of(j.capture(), now);
        if (j.verdict().state() == State.UNREACHABLE && asked.filter(retries::tooLong).isPresent()) {
            return Optional.of(new HostSignal(State.UNREACHABLE, "not checked: " + host + " asked (Retry-After) not to"
                    + " be asked again for " + words(asked.get()) + "; " + j.verdict().reason()));
        }
        return Optional.empty();
    }

    static String words(Duration d) {
        if (d.toHours() >= 2) {
            return d.toHours() + " hours";
        }
        return d.toMinutes() >= 2 ? d.toMinutes() + " minutes" : d.toSeconds() + " seconds";
    }
}
