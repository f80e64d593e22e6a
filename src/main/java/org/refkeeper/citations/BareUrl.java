package org.refkeeper.citations;

import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;

import java.util.Optional;

/**
 * A URL written as itself: plain text found by the autolink extension, or {@code <url>}. Its title, if any, is on the
 * line below: the style of notes that put a URL on one line and the article's title on the next; or, in a footnote
 * ({@code [^1]: 作者，《标题》，https://...}), the footnote's words.
 */
final class BareUrl {
    private BareUrl() {
    }

    /** Whether the autolinker made this link: its text covers its whole source, with no brackets around it. */
    static boolean isBare(Link link) {
        Node text = link.getFirstChild();
        return text != null && text == link.getLastChild() && !link.getSourceSpans().isEmpty()
                && link.getSourceSpans().equals(text.getSourceSpans());
    }

    /** Whether the link is alone on its line of a paragraph, but for spaces and punctuation. */
    static boolean standsAlone(Link link) {
        if (!(link.getParent() instanceof Paragraph)) {
            return false;
        }
        for (Node n = link.getPrevious(); n != null && !InlineText.isLineBreak(n); n = n.getPrevious()) {
            if (!isFiller(n)) {
                return false;
            }
        }
        for (Node n = link.getNext(); n != null && !InlineText.isLineBreak(n); n = n.getNext()) {
            if (!isFiller(n)) {
                return false;
            }
        }
        return true;
    }

    /** The title of a bare URL: the line below when it stands alone on its line, the rest of its footnote, or none. */
    static String title(Link link) {
        Optional<String> alias = wikilinkAlias(link);
        if (alias.isPresent()) {
            return alias.get();
        }
        return standsAlone(link) ? titleBelow(link) : footnoteTitle(link);
    }

    /** Whether the URL is shown in the note, not cited: an Obsidian embed, {@code ![[https://example.com/a.png]]}. */
    static boolean isEmbedded(Link link) {
        return link.getPrevious() instanceof Text before && before.getLiteral().endsWith("![[");
    }

    /** The alias of an Obsidian wikilink to a URL: {@code [[https://example.com/a|alias]]}. */
    private static Optional<String> wikilinkAlias(Link link) {
        if (!(link.getPrevious() instanceof Text before && before.getLiteral().endsWith("[["))
                || !(link.getNext() instanceof Text after && after.getLiteral().startsWith("|"))) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder();
        for (Node n = after; n instanceof Text t && text.length() <= Titles.LONGEST; n = n.getNext()) {
            text.append(t.getLiteral());
            int end = text.indexOf("]]");
            if (end >= 0) {
                return Optional.of(text.substring(1, end).strip());
            }
        }
        return Optional.empty();
    }

    /** The next line of text below the link: in the same paragraph, or the first line of the next one. */
    static String titleBelow(Link link) {
        Node below = lineAfter(link);
        String line = below == null || InlineText.isLinkLine(below) ? "" : InlineText.line(below);
        return Titles.fits(line) ? line : "";
    }

    /**
     * The words of a footnote that CommonMark could not read as a definition ({@code [^1]: 张三，《标题》，https://...}),
     * without its label and the link. Read up to a title's length: a paragraph of many links costs no more per link.
     */
    private static String footnoteTitle(Link link) {
        Node first = link.getParent().getFirstChild();
        if (!(link.getParent() instanceof Paragraph) || !(first instanceof Text t) || !t.getLiteral().startsWith("[^")) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        for (Node n = first; n != null; n = n.getNext()) {
            if (n instanceof Link && n != link || text.length() > 2 * Titles.LONGEST) {
                return "";
            }
            text.append(n == link ? " " : InlineText.shown(n));
        }
        int label = text.indexOf("]:");
        if (label < 0 || text.substring(0, label).indexOf(']') >= 0) {
            return "";
        }
        String words = Titles.trimFiller(text.substring(label + 2));
        return Titles.fits(words) ? words : "";
    }

    private static Node lineAfter(Link link) {
        for (Node n = link.getNext(); n != null; n = n.getNext()) {
            if (InlineText.isLineBreak(n)) {
                return n.getNext();
            }
        }
        return link.getParent().getNext() instanceof Paragraph next ? next.getFirstChild() : null;
    }

    private static boolean isFiller(Node node) {
        return !(node instanceof Link) && InlineText.of(node).codePoints()
                .allMatch(c -> Character.isWhitespace(c) || isPunctuation(Character.getType(c)));
    }

    private static boolean isPunctuation(int type) {
        return type == Character.OTHER_PUNCTUATION || type == Character.START_PUNCTUATION
                || type == Character.END_PUNCTUATION || type == Character.DASH_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION;
    }
}
