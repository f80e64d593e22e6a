package org.refkeeper.publish;

import org.refkeeper.verdict.State;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * What {@code publish} writes.
 *
 * @param to          the site's folder; empty writes no site
 * @param data        the links file for static site generators; empty writes none
 * @param baseUrl     where the site will be served (ends with a slash): the links file's absolute addresses
 * @param states      the states of the sources to publish; empty publishes every source
 * @param title       what the site's pages are titled
 * @param allCaptures publish every capture's copy, not only the last good one's
 */
public record PublishOptions(Optional<Path> to, Optional<Path> data, Optional<URI> baseUrl, Set<State> states,
                             String title, boolean allCaptures) {
    public static final String DEFAULT_TITLE = "refkeeper archive";

    public PublishOptions {
        states = Set.copyOf(states);
        // a folder's address: the copies' paths go after it
        baseUrl = baseUrl.map(u -> u.toString().endsWith("/") ? u : URI.create(u + "/"));
    }

    boolean publishes(State state) {
        return states.isEmpty() || states.contains(state);
    }
}
