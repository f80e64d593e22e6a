package org.refkeeper.io;

/** A value from outside (a URL, a key, a line) fit to quote in a one-line message. */
public final class Shown {
    private static final int MAX = 160;

    private Shown() {
    }

    /** Control characters escaped, and at most {@value #MAX} characters: a URL may be 100,000 long. */
    public static String of(String value) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length() && out.length() < MAX; i++) {
            char c = value.charAt(i);
            out.append(c < 0x20 || c == 0x7f ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return out.length() < MAX ? out.toString() : out + "...(" + value.length() + " characters)";
    }
}
