package org.refkeeper.io;

/**
 * A relative path of plain names ({@code files/a-1.png}): each name of {@code [A-Za-z0-9._-]}, not starting with a
 * dot, separated by single slashes; so never absolute, never {@code ..}, never empty. Checked name by name in one
 * pass: a regular expression with a repeated group recursed once per name and overflowed on long paths.
 */
public final class PlainPath {
    /** Longer than any path refkeeper writes; a longer one is refused before it is looked at. */
    public static final int MAX_LENGTH = 1024;

    private PlainPath() {
    }

    public static boolean isPlain(String path) {
        if (path.isEmpty() || path.length() > MAX_LENGTH) {
            return false;
        }
        boolean nameStart = true;
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '/') {
                if (nameStart) {
                    return false; // a leading slash, or two in a row
                }
                nameStart = true;
            } else if (isNameChar(c) && !(nameStart && c == '.')) {
                nameStart = false;
            } else {
                return false;
            }
        }
        return !nameStart; // not ending in a slash
    }

    private static boolean isNameChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '-';
    }
}
