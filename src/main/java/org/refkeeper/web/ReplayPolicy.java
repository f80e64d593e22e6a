package org.refkeeper.web;

import java.net.URI;

/**
 * The Content-Security-Policy of the archived origin. A restored page may load its own files and nothing
 * else: no request to the live web, no form, no frame, no plugin; and it may be framed only by the UI.
 * Without its scripts it also keeps none (CSP and sandbox both say so). With them, they run in a sandbox
 * with an origin of their own, so they cannot read other archived pages or the UI either. One hole CSP
 * cannot close: a kept script may still navigate its own tab elsewhere.
 */
final class ReplayPolicy {
    private static final String LOADS = "default-src 'none'; img-src 'self' data: blob:; "
            + "style-src 'self' 'unsafe-inline' data:; font-src 'self' data:; media-src 'self' data: blob:; "
            + "connect-src 'none'; form-action 'none'; base-uri 'none'; frame-src 'none'; object-src 'none'; "
            + "worker-src 'none'; manifest-src 'none'";

    private ReplayPolicy() {
    }

    static String of(boolean scripts, URI ui) {
        String ancestors = "frame-ancestors " + ui.getScheme() + "://" + ui.getRawAuthority();
        return LOADS + "; " + ancestors + "; " + (scripts
                ? "script-src 'self' 'unsafe-inline' 'unsafe-eval'; sandbox allow-scripts"
                : "script-src 'none'; sandbox allow-same-origin allow-popups allow-popups-to-escape-sandbox");
    }
}
