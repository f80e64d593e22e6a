package org.refkeeper.capture;

import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.TimeoutError;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the browser's words for a failed page load into a {@link Failure}. */
final class FailureMapper {
    private static final Pattern QUOTED_MESSAGE = Pattern.compile("message='([^\\n]*)");
    private static final Pattern NET_ERROR = Pattern.compile("net::(ERR_[A-Z0-9_]+)");

    private FailureMapper() {
    }

    static Failure map(PlaywrightException e) {
        String message = message(e);
        return new Failure(kind(e, message), message);
    }

    /**
     * The browser's own words. Playwright for Java wraps them as {@code Error { message='...' stack=... }}
     * followed by a call log; only the message line matters outside debugging.
     */
    static String message(PlaywrightException e) {
        String text = String.valueOf(e.getMessage()).strip();
        Matcher quoted = QUOTED_MESSAGE.matcher(text);
        if (quoted.find()) {
            return quoted.group(1).strip();
        }
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end).strip();
    }

    private static Failure.Kind kind(PlaywrightException e, String message) {
        if (e instanceof TimeoutError) {
            return Failure.Kind.TIMEOUT;
        }
        Matcher net = NET_ERROR.matcher(message);
        if (!net.find()) {
            return Failure.Kind.BROWSER;
        }
        String code = net.group(1);
        if (code.startsWith("ERR_NAME_")) {
            return Failure.Kind.DNS;
        }
        if (code.startsWith("ERR_CERT_") || code.contains("SSL")) {
            return Failure.Kind.TLS;
        }
        if (code.equals("ERR_TIMED_OUT") || code.equals("ERR_CONNECTION_TIMED_OUT")) {
            return Failure.Kind.TIMEOUT;
        }
        // Refused, reset, closed, empty response, proxy failures and the rest of the network's errors:
        // the source could not be reached, which is not refkeeper's fault.
        return Failure.Kind.CONNECTION;
    }
}
