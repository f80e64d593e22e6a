package org.refkeeper.citations;

/**
 * The front matter at the very top of a note: Jekyll's and Hugo's YAML between {@code ---} lines (or up to a
 * {@code ...} line), Hugo's TOML between {@code +++} lines. Only lines that read as keys and values are front matter:
 * a note that opens with a {@code ---} rule and has another further down is all Markdown. Found line by line (a line
 * ends at LF, CR LF or a lone CR, as in Markdown): the regular expression it replaces recursed once per line and
 * overflowed the stack on a long front matter.
 */
final class FrontMatter {
    private FrontMatter() {
    }

    /** The note with its front matter replaced by empty lines, so that line numbers stay those of the file. */
    static String blank(String note) {
        int firstEnd = lineEnd(note, 0);
        String fence = isFence(note, 0, firstEnd, "---") ? "---" : isFence(note, 0, firstEnd, "+++") ? "+++" : null;
        if (fence == null) {
            return note;
        }
        int lines = 1;
        for (int start = nextLine(note, firstEnd); start < note.length(); start = nextLine(note, lineEnd(note, start))) {
            int end = lineEnd(note, start);
            lines++;
            if (isFence(note, start, end, fence) || fence.equals("---") && isFence(note, start, end, "...")) {
                return "\n".repeat(lines) + note.substring(nextLine(note, end));
            }
            if (!isSetting(note.substring(start, end), fence.equals("+++"))) {
                return note; // prose: the first line was a rule
            }
        }
        return note; // never closed: no front matter
    }

    /**
     * Whether a line can be front matter: blank, indented (a value going on), a comment, a list item, or a key and its
     * value ({@code title: x}; in TOML {@code title = "x"} or {@code [table]}).
     */
    private static boolean isSetting(String line, boolean toml) {
        if (line.isBlank() || line.charAt(0) == ' ' || line.charAt(0) == '\t' || line.charAt(0) == '#') {
            return true;
        }
        if (toml) {
            return line.charAt(0) == '[' || line.indexOf('=') > 0;
        }
        if (line.equals("-") || line.startsWith("- ")) {
            return true;
        }
        int colon = line.indexOf(':');
        return colon > 0 && (colon + 1 == line.length() || line.charAt(colon + 1) == ' ' || line.charAt(colon + 1) == '\t');
    }

    /** Whether the line {@code [start, end)} is the fence and nothing but spaces or tabs after it. */
    private static boolean isFence(String note, int start, int end, String fence) {
        if (!note.startsWith(fence, start) || start + fence.length() > end) {
            return false;
        }
        for (int i = start + fence.length(); i < end; i++) {
            if (note.charAt(i) != ' ' && note.charAt(i) != '\t') {
                return false;
            }
        }
        return true;
    }

    /** Where the line that starts at {@code start} ends: its CR or LF, or the end of the note. */
    private static int lineEnd(String note, int start) {
        int i = start;
        while (i < note.length() && note.charAt(i) != '\n' && note.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    /** Where the line after the line end at {@code end} starts. */
    private static int nextLine(String note, int end) {
        if (end >= note.length()) {
            return note.length();
        }
        return note.startsWith("\r\n", end) ? end + 2 : end + 1;
    }
}
