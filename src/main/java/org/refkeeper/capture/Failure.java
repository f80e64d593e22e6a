package org.refkeeper.capture;

/** Why a page could not be loaded at all. {@code kind} says whether to retry; {@code message} is the browser's words. */
public record Failure(Kind kind, String message) {
    public enum Kind {
        /** the host name does not resolve */
        DNS,
        /** connection refused, reset or closed */
        CONNECTION,
        /** no answer in time */
        TIMEOUT,
        /** TLS handshake or certificate failure */
        TLS,
        /** the browser itself failed (crash, protocol error): refkeeper's problem, not the source's */
        BROWSER
    }
}
