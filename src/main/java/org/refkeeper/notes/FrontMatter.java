package org.refkeeper.notes;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Jekyll's YAML front matter: a {@code ---} block at the very top of a note. */
final class FrontMatter {
    private static final Pattern BLOCK = Pattern.compile(
            "\\A---[ \\t]*\\r?\\n(?:.*\\r?\\n)*?(?:---|\\.\\.\\.)[ \\t]*(?:\\r?\\n|\\z)");

    private FrontMatter() {
    }

    /** The note with its front matter replaced by empty lines, so that line numbers stay those of the file. */
    static String blank(String note) {
        Matcher m = BLOCK.matcher(note);
        if (!m.lookingAt()) {
            return note;
        }
        return m.group().replaceAll("[^\\n]", "") + note.substring(m.end());
    }
}
