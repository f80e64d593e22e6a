package org.refkeeper.citations;

import org.commonmark.node.Link;

import java.util.regex.Pattern;

/** What a link's words say about the article it cites. */
final class Titles {
    /** A line longer than this is prose, not the title of the URL above it. */
    static final int LONGEST = 200;
    private static final Pattern PATH = Pattern.compile("[/?&=#%]\\S*+");

    private Titles() {
    }

    /**
     * The title of a link with text: its text, unless that is only a number or a mark ({@code [1]}, {@code ^2},
     * {@code →}), then the link's own title ({@code [1](url "Title")}, or its definition's), else none.
     */
    static String of(Link link) {
        String text = InlineText.of(link);
        if (!isMark(text)) {
            return text;
        }
        return link.getTitle() == null ? "" : link.getTitle().strip();
    }

    /** Whether the text names nothing: digits, punctuation, symbols and spaces only. */
    static boolean isMark(String text) {
        return text.codePoints().noneMatch(Character::isLetter);
    }

    /** The words written around a URL in a footnote, without it and the commas and stops between them. */
    static String around(String words, String url) {
        int at = words.indexOf(url);
        String rest = at < 0 ? words : words.substring(0, at) + " " + words.substring(at + url.length());
        String title = trimFiller(rest);
        return fits(title) ? title : "";
    }

    /** The text without spaces, commas, stops and colons at either end. */
    static String trimFiller(String text) {
        int from = 0;
        int to = text.length();
        while (from < to && isFiller(text.charAt(from))) {
            from++;
        }
        while (to > from && isFiller(text.charAt(to - 1))) {
            to--;
        }
        return text.substring(from, to);
    }

    private static boolean isFiller(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || "，,。.；;：:、".indexOf(c) >= 0;
    }

    /**
     * Whether a line written under a bare URL can be its title: not empty, not a paragraph of prose, not the rest of
     * a path or query ({@code /of/a/url/broken/short}).
     */
    static boolean fits(String line) {
        return !line.isBlank() && line.codePointCount(0, line.length()) <= LONGEST && !PATH.matcher(line).matches();
    }
}
