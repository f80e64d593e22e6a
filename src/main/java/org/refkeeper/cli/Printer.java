package org.refkeeper.cli;

import org.refkeeper.report.Json;

import java.io.PrintWriter;

/** Writes a command's JSON output: the archive's own JSON conventions, one document, flushed. */
final class Printer {
    private Printer() {
    }

    static void json(PrintWriter out, Object value) {
        out.print(Json.write(value));
        out.flush();
    }

    /** Pads or cuts text to a column width, counting CJK characters as two columns as terminals do. */
    static String column(String text, int width) {
        StringBuilder s = new StringBuilder();
        int used = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int w = wide(cp) ? 2 : 1;
            if (used + w > width) {
                break;
            }
            s.appendCodePoint(cp);
            used += w;
            i += Character.charCount(cp);
        }
        return s + " ".repeat(Math.max(0, width - used));
    }

    private static boolean wide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1FAFF) || (cp >= 0x20000 && cp <= 0x3FFFD);
    }
}
