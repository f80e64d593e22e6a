package org.refkeeper.page;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Why a page could not be loaded at all. {@code kind} says whether to retry; {@code message} is the browser's words. */
public record Failure(Kind kind, String message) {
    private static final Pattern NET_ERROR = Pattern.compile("net::(ERR_[A-Z0-9_]+)");

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

    /** A load Chromium gave up on, its kind read from the network error it names ({@code net::ERR_...}). */
    public static Failure ofBrowser(String message) {
        Matcher net = NET_ERROR.matcher(message);
        if (!net.find()) {
            return new Failure(Kind.BROWSER, message);
        }
        String code = net.group(1);
        if (code.startsWith("ERR_NAME_")) {
            return new Failure(Kind.DNS, message);
        }
        if (code.startsWith("ERR_CERT_") || code.contains("SSL")) {
            return new Failure(Kind.TLS, message);
        }
        if (code.equals("ERR_TIMED_OUT") || code.equals("ERR_CONNECTION_TIMED_OUT")) {
            return new Failure(Kind.TIMEOUT, message);
        }
        // Refused, reset, closed, empty response, proxy failures and the rest of the network's errors:
        // the source could not be reached, which is not refkeeper's fault.
        return new Failure(Kind.CONNECTION, message);
    }
}
