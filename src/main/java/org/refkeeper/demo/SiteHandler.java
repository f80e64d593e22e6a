package org.refkeeper.demo;

import java.io.IOException;

/** Answers the requests for one route of a {@link LocalSite}. Called on a server thread. */
@FunctionalInterface
public interface SiteHandler {
    SiteResponse answer(SiteRequest request) throws IOException;

    /** A handler that gives every request the same answer. */
    static SiteHandler always(SiteResponse response) {
        return request -> response;
    }
}
