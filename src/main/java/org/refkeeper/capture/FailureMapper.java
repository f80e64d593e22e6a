package org.refkeeper.capture;

import org.refkeeper.page.Failure;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.TimeoutError;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the browser's words for a failed page load into a {@link Failure}. */
final class FailureMapper {
    private static final Pattern QUOTED_MESSAGE = Pattern.compile("message='([^\\n]*)");

    private FailureMapper() {
    }

    static Failure map(PlaywrightException e) {
        String message = message(e);
        return e instanceof TimeoutError ? new Failure(Failure.Kind.TIMEOUT, message) : Failure.ofBrowser(message);
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
}
