package org.refkeeper.citations;

import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The lines of a note that a static site generator or a notes app shows as code or not at all: Liquid's (Jekyll's)
 * {@code {% highlight %}} and {@code {% comment %}} blocks, Hugo's {@code {{< highlight >}}} shortcode and its
 * {@code {{/* ... * /}}} comments, Obsidian's {@code %% ... %%} comments. A URL there is an example or a note to
 * oneself, as in a fenced code block, not a citation. Found by scans that read each character a bounded number of
 * times.
 */
final class TemplateCode {
    private TemplateCode() {
    }

    /**
     * The 1-based numbers of the lines that such blocks cover, from the opening tag's line to the closing one's.
     *
     * @param code the lines of Markdown code blocks, where {@code %%} is code (MATLAB's cells), not a comment; Liquid
     *             is read everywhere, as Jekyll reads it before the Markdown
     */
    static BitSet lines(String note, BitSet code) {
        BitSet covered = obsidianComments(note, code);
        Set<String> unclosed = new HashSet<>();
        LineIndex lines = new LineIndex(note);
        int from = 0;
        while (true) {
            int open = note.indexOf('{', from);
            if (open < 0 || open + 1 >= note.length()) {
                return covered;
            }
            int end = blockEnd(note, open, unclosed);
            if (end > open) {
                covered.set(lines.of(open), lines.of(end - 1) + 1);
                from = end;
            } else {
                from = open + 1;
            }
        }
    }

    /** The lines of {@code %% ... %%} comments, each {@code %%} closing the one before it. */
    private static BitSet obsidianComments(String note, BitSet code) {
        BitSet covered = new BitSet();
        LineIndex lines = new LineIndex(note);
        int open = -1;
        int openLine = 0;
        for (int at = note.indexOf("%%"); at >= 0; at = note.indexOf("%%", at + 2)) {
            int line = lines.of(at);
            if (code.get(line)) {
                continue;
            }
            if (open < 0) {
                open = at;
                openLine = line;
            } else {
                covered.set(openLine, line + 1);
                open = -1;
            }
        }
        return covered;
    }

    /**
     * Where the block that opens at {@code open} ends (after its closing tag), or -1 if none opens there. A closing
     * tag looked for in vain is not looked for again: the scan stays linear however many openings never close.
     */
    private static int blockEnd(String note, int open, Set<String> unclosed) {
        char second = note.charAt(open + 1);
        String start;
        String close;
        if (second == '%' && List.of("highlight", "comment").contains(word(note, open + 2))) {
            start = "{%";
            close = "end" + word(note, open + 2);
        } else if (second == '{' && note.startsWith("/*", open + 2)) {
            start = "*/}}";
            close = "";
        } else if (second == '{' && open + 2 < note.length() && "<%".indexOf(note.charAt(open + 2)) >= 0
                && word(note, open + 3).equals("highlight")) {
            start = "{{" + note.charAt(open + 2);
            close = "/highlight";
        } else {
            return -1;
        }
        if (unclosed.contains(start + close)) {
            return -1;
        }
        int end = close.isEmpty() ? comment(note, open) : closing(note, open, start, close);
        if (end < 0) {
            unclosed.add(start + close);
        }
        return end;
    }

    private static int comment(String note, int open) {
        int close = note.indexOf("*/}}", open + 4);
        return close < 0 ? -1 : close + 4;
    }

    /** The end of the first tag after {@code open} that starts with {@code start} and names {@code name}. */
    private static int closing(String note, int open, String start, String name) {
        for (int at = note.indexOf(start, open + 2); at >= 0; at = note.indexOf(start, at + 2)) {
            int nameAt = skipSpace(note, at + start.length());
            if (note.startsWith(name, nameAt)) {
                int close = note.indexOf('}', nameAt);
                return close < 0 ? note.length() : close + (close + 1 < note.length() && note.charAt(close + 1) == '}' ? 2 : 1);
            }
        }
        return -1; // never closed: the generator would refuse the page; read it as text
    }

    /** The word after a tag's opening, past Liquid's whitespace control {@code -} and spaces. */
    private static String word(String note, int from) {
        int start = skipSpace(note, from);
        int end = start;
        while (end < note.length() && end - start < 20 && Character.isLetter(note.charAt(end))) {
            end++;
        }
        return note.substring(start, end);
    }

    private static int skipSpace(String note, int from) {
        int i = from;
        while (i < note.length() && (note.charAt(i) == '-' || note.charAt(i) == ' ' || note.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    /** The line of each offset; a line ends at LF, CR LF or a lone CR, as in Markdown. */
    private static final class LineIndex {
        private final String note;
        private int offset;
        private int line = 1;

        LineIndex(String note) {
            this.note = note;
        }

        /** The 1-based line that holds {@code at}; offsets must be asked in ascending order. */
        int of(int at) {
            for (; offset < at; offset++) {
                char c = note.charAt(offset);
                if (c == '\n' || c == '\r' && (offset + 1 >= note.length() || note.charAt(offset + 1) != '\n')) {
                    line++;
                }
            }
            return line;
        }
    }
}
