package org.refkeeper.citations;

import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text where a bare URL ends though no space ends it; the autolinker links each text node on its own, so after
 * this split a bare URL ends there. Runs before the autolink extension.
 * <ul>
 * <li>Chinese prose runs on after a URL ({@code https://a.com/x这篇}): a URL ends where an ASCII letter, digit or
 * dot meets a non-ASCII character. After a separator ({@code / = ? & # - _ +}) the non-ASCII text is the URL's own, as
 * people write Wikipedia titles and search words ({@code https://zh.wikipedia.org/wiki/大众汽车}, {@code ?q=中文}):
 * cutting there would make every such article one source, the site's front page.</li>
 * <li>Non-ASCII punctuation and spaces ({@code ，。；：）」】》、} U+3000) always end a URL.</li>
 * <li>A kramdown attribute list ({@code {:target="_blank"}}), a Liquid tag ({@code {% endraw %}}, {@code {{ x }}}) and
 * closing strike-through marks ({@code ~~}) end it; so does the {@code |} before an Obsidian wikilink's alias
 * ({@code [[https://example.com/a|alias]]}).</li>
 * </ul>
 */
final class UrlBoundaries implements PostProcessor {
    /** After these, non-ASCII text continues a URL: path segments, query values, fragments, slugs. */
    private static final String SEPARATORS = "/=?&#-_+";

    @Override
    public Node process(Node document) {
        List<Text> texts = Nodes.all(document, Text.class);
        texts.forEach(UrlBoundaries::split);
        return document;
    }

    /** Where text that holds a URL is cut: indexes at which a new piece begins, ascending. */
    static List<Integer> cuts(String literal) {
        List<Integer> cuts = new ArrayList<>();
        boolean inWikilink = false;
        for (int i = 1; i < literal.length(); i++) {
            if (literal.startsWith("[[", i - 1)) {
                inWikilink = true;
            } else if (literal.startsWith("]]", i - 1)) {
                inWikilink = false;
            }
            if (endsBefore(literal, i) || inWikilink && literal.charAt(i) == '|') {
                cuts.add(i);
            }
        }
        return cuts;
    }

    private static boolean endsBefore(String s, int i) {
        char before = s.charAt(i - 1);
        char c = s.charAt(i);
        if (c >= 0x80) {
            return before < 0x80 && SEPARATORS.indexOf(before) < 0 || isBreak(c) && !isBreak(before);
        }
        if (c == '{') {
            return i + 1 < s.length() && ":%{".indexOf(s.charAt(i + 1)) >= 0;
        }
        return c == '~' && before != '~' && closingTildes(s, i);
    }

    /** Non-ASCII punctuation, symbols and spaces: never part of a URL as people write them. */
    private static boolean isBreak(char c) {
        if (c < 0x80 || Character.isSurrogate(c)) {
            return false;
        }
        return switch (Character.getType(c)) {
            case Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.OTHER_PUNCTUATION, Character.START_PUNCTUATION, Character.END_PUNCTUATION,
                 Character.DASH_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.CONNECTOR_PUNCTUATION, Character.MATH_SYMBOL, Character.OTHER_SYMBOL,
                 Character.FORMAT -> true;
            default -> false;
        };
    }

    /** Whether two or more tildes start at {@code i} and nothing that could go on a URL follows them. */
    private static boolean closingTildes(String s, int i) {
        int end = i;
        while (end < s.length() && s.charAt(end) == '~') {
            end++;
        }
        return end - i >= 2 && (end == s.length() || !Character.isLetterOrDigit(s.charAt(end)) && s.charAt(end) != '/');
    }

    private static void split(Text text) {
        String literal = text.getLiteral();
        if (!literal.contains("://") && !literal.contains("www.")) {
            return;
        }
        List<Integer> cuts = cuts(literal);
        if (cuts.isEmpty()) {
            return;
        }
        List<SourceSpan> spans = text.getSourceSpans();
        // Escapes and entities make the literal shorter than its source; then the pieces keep the whole span.
        boolean exact = spans.size() == 1 && spans.get(0).getLength() == literal.length();
        Node last = text;
        int start = 0;
        cuts.add(literal.length());
        for (int end : cuts) {
            Text piece = new Text(literal.substring(start, end));
            piece.setSourceSpans(exact ? List.of(spans.get(0).subSpan(start, end)) : spans);
            last.insertAfter(piece);
            last = piece;
            start = end;
        }
        text.unlink();
    }
}
