package org.refkeeper.restore;

import java.util.Optional;
import java.util.function.Function;

/**
 * Rewrites the addresses a style sheet loads: every {@code url(...)}, every {@code @import "..."}, and the strings
 * of an {@code image-set("a.png" 1x, ...)}, which load as well. A scanner that
 * reads each character a bounded number of times: a sheet comes from the web, and the regular expression it
 * replaces backtracked for minutes over {@code url(} followed by a long run of spaces.
 */
final class CssUrls {
    /** What a reference the capture lacks becomes: an address that loads nothing, offline or not. */
    static final String NOTHING = "about:invalid";

    private final String css;
    private final Function<String, Optional<String>> local;
    private final StringBuilder out;
    private int copied;
    /** Everything before this has been looked at and holds no complete reference: url( tokens there fail at once. */
    private int failedUntil;
    private final boolean[] unclosed = new boolean[2]; // no closing " or ' after failedUntil
    /** Parentheses open inside an image-set( ... ); 0 outside one. */
    private int setDepth;

    private CssUrls(String css, Function<String, Optional<String>> local) {
        this.css = css;
        this.local = local;
        this.out = new StringBuilder(css.length() + 64);
    }

    /**
     * @param local the new address for an address as written in the sheet; empty when the capture lacks it
     */
    static String rewrite(String css, Function<String, Optional<String>> local) {
        return new CssUrls(css, local).all();
    }

    private String all() {
        for (int i = 0; i < css.length(); ) {
            int end = css.regionMatches(true, i, "url(", 0, 4) ? url(i)
                    : css.regionMatches(true, i, "@import", 0, 7) ? importRule(i) : imageSet(i);
            i = end < 0 ? i + 1 : end;
        }
        return out.append(css, copied, css.length()).toString();
    }

    /** {@code url( ref )} at {@code start}, quoted or not; returns where it ends, or -1. */
    private int url(int start) {
        if (start < failedUntil) {
            return -1;
        }
        int i = spaces(start + 4);
        int refStart;
        int refEnd;
        if (i < css.length() && (css.charAt(i) == '"' || css.charAt(i) == '\'')) {
            refStart = i + 1;
            refEnd = closing(css.charAt(i), refStart);
            if (refEnd < 0) {
                return -1;
            }
            i = refEnd + 1;
        } else {
            refStart = i;
            while (i < css.length() && css.charAt(i) != ')' && css.charAt(i) != '"' && css.charAt(i) != '\''
                    && !isSpace(css.charAt(i))) {
                i++;
            }
            refEnd = i;
        }
        i = spaces(i);
        if (i >= css.length() || css.charAt(i) != ')') {
            failedUntil = Math.max(failedUntil, i);
            return -1;
        }
        replace(start, i + 1, css.substring(refStart, refEnd), false);
        return i + 1;
    }

    /** {@code @import "ref"} or {@code @import 'ref'} at {@code start} (the url() form is a url); or -1. */
    private int importRule(int start) {
        int i = spaces(start + 7);
        if (i == start + 7 || i >= css.length() || (css.charAt(i) != '"' && css.charAt(i) != '\'')) {
            return -1;
        }
        int close = closing(css.charAt(i), i + 1);
        if (close < 0) {
            return -1;
        }
        replace(start, close + 1, css.substring(i + 1, close), true);
        return close + 1;
    }

    /**
     * Within {@code image-set(...)} (and {@code -webkit-image-set}): a string directly inside it is an address,
     * and becomes {@code url("...")}; one inside {@code type("image/avif")} is not. Returns where to go on, or -1.
     */
    private int imageSet(int i) {
        char c = css.charAt(i);
        if (setDepth == 0) {
            if (css.regionMatches(true, i, "image-set(", 0, 10)) {
                setDepth = 1;
                return i + 10;
            }
            return -1;
        }
        if (c == '(') {
            setDepth++;
        } else if (c == ')') {
            setDepth--;
        } else if ((c == '"' || c == '\'') && setDepth == 1) {
            int close = closing(c, i + 1);
            if (close < 0) {
                setDepth = 0;
                return -1;
            }
            replace(i, close + 1, css.substring(i + 1, close), false);
            return close + 1;
        }
        return -1;
    }

    /** Where the string opened by {@code quote} closes; -1, and remembered, when it never does. */
    private int closing(char quote, int from) {
        int q = quote == '"' ? 0 : 1;
        if (unclosed[q]) {
            return -1;
        }
        int close = css.indexOf(quote, from);
        unclosed[q] = close < 0;
        return close;
    }

    private void replace(int start, int end, String reference, boolean isImport) {
        String ref = reference.strip();
        if (ref.isEmpty() || ref.startsWith("#") || ref.regionMatches(true, 0, "data:", 0, 5)) {
            return; // copied as it is
        }
        String to = local.apply(ref).orElse(NOTHING).replace("\\", "\\\\").replace("\"", "\\\"");
        out.append(css, copied, start).append(isImport ? "@import \"" + to + "\"" : "url(\"" + to + "\")");
        copied = end;
    }

    private int spaces(int i) {
        while (i < css.length() && isSpace(css.charAt(i))) {
            i++;
        }
        return i;
    }

    /** CSS whitespace, as the regular expression's \s read it. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B;
    }
}
