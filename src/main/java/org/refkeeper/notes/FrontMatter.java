package org.refkeeper.notes;

/**
 * Jekyll's YAML front matter: a {@code ---} line at the very top of a note, up to the next {@code ---} or
 * {@code ...} line. Found line by line: the regular expression it replaces recursed once per line and overflowed
 * the stack on a long front matter.
 */
final class FrontMatter {
    private FrontMatter() {
    }

    /** The note with its front matter replaced by empty lines, so that line numbers stay those of the file. */
    static String blank(String note) {
        int firstEnd = lineEnd(note, 0);
        if (!isFence(note, 0, firstEnd, "---")) {
            return note;
        }
        for (int start = firstEnd + 1; start < note.length(); start = lineEnd(note, start) + 1) {
            int end = lineEnd(note, start);
            if (isFence(note, start, end, "---") || isFence(note, start, end, "...")) {
                int after = Math.min(end + 1, note.length());
                return "\n".repeat((int) note.substring(0, after).chars().filter(c -> c == '\n').count())
                        + note.substring(after);
            }
        }
        return note; // never closed: no front matter
    }

    /** Whether the line {@code [start, end)} is the fence and nothing but spaces or tabs after it. */
    private static boolean isFence(String note, int start, int end, String fence) {
        if (!note.startsWith(fence, start)) {
            return false;
        }
        for (int i = start + fence.length(); i < end; i++) {
            char c = note.charAt(i);
            if (c != ' ' && c != '\t' && !(c == '\r' && i == end - 1)) {
                return false;
            }
        }
        return true;
    }

    /** Where the line that starts at {@code start} ends: its {@code \n}, or the end of the note. */
    private static int lineEnd(String note, int start) {
        int nl = note.indexOf('\n', start);
        return nl < 0 ? note.length() : nl;
    }
}
