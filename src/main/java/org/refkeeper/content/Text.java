package org.refkeeper.content;

import java.text.Normalizer;

/** Text as pages are compared: the same words, whatever invisible characters and spacing they came with. */
public final class Text {
    private Text() {
    }

    /** NFC, no zero-width or soft-hyphen characters, every run of whitespace one space, trimmed. */
    public static String normalise(String text) {
        return stripInvisible(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll("(?U)\\s+", " ").strip();
    }

    public static String stripInvisible(String text) {
        return text.replaceAll("[\\u200B-\\u200D\\uFEFF\\u00AD]", "");
    }
}
