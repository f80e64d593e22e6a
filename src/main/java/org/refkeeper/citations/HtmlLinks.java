package org.refkeeper.citations;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Links written as HTML inside Markdown: {@code <a href="...">text</a>}, and the text of an HTML block, where a note
 * may write bare URLs and Markdown too (kramdown reads Markdown in {@code <div markdown="1">}). Pictures, frames and
 * media ({@code <img src>}, {@code <iframe src>}, {@code <video src>}) show something in the note and cite nothing.
 */
final class HtmlLinks {
    /** Elements whose text is code, script or style: a URL there is no citation. */
    private static final Set<String> NOT_PROSE = Set.of("a", "script", "style", "pre", "code", "kbd", "samp", "tt",
            "textarea", "title", "template", "noscript", "var");

    /** An HTML link; {@code line} is 1-based within the fragment. */
    record Anchor(String href, String text, int line) {
    }

    /** Text of an HTML block outside links and code; {@code line} is 1-based within the fragment. */
    record Prose(String text, int line) {
    }

    private HtmlLinks() {
    }

    /** Every link in an HTML block. */
    static List<Anchor> all(String html) {
        return parse(html).select("a[href]").stream()
                .map(a -> new Anchor(a.attr("href"), text(a), a.sourceRange().start().lineNumber()))
                .toList();
    }

    /** The prose of an HTML block, text node by text node. */
    static List<Prose> prose(String html) {
        List<Prose> prose = new ArrayList<>();
        parse(html).traverse(new NodeVisitor() {
            private int inCode;

            @Override
            public void head(Node node, int depth) {
                if (isCode(node)) {
                    inCode++;
                } else if (node instanceof TextNode t && inCode == 0 && !t.isBlank()) {
                    prose.add(new Prose(t.getWholeText(), t.sourceRange().start().lineNumber()));
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (isCode(node)) {
                    inCode--;
                }
            }
        });
        return prose;
    }

    /** The link an inline HTML tag opens, if it is an {@code <a href>}; its text follows in the Markdown. */
    static Optional<Anchor> opening(String tag) {
        Element a = Jsoup.parseBodyFragment(tag).selectFirst("a[href]");
        return Optional.ofNullable(a).map(e -> new Anchor(e.attr("href"), text(e), 1));
    }

    /** Whether an inline HTML tag opens or closes code: {@code <code>}, {@code </kbd>}, ... */
    static boolean isCodeTag(String tag, boolean closing) {
        String t = tag.strip().toLowerCase(java.util.Locale.ROOT);
        String prefix = closing ? "</" : "<";
        return t.startsWith(prefix) && NOT_PROSE.stream().filter(n -> !n.equals("a"))
                .anyMatch(n -> t.startsWith(prefix + n) && t.length() > prefix.length() + n.length()
                        && " \t\n>/".indexOf(t.charAt(prefix.length() + n.length())) >= 0);
    }

    /** The link's text, or the words of the picture it wraps. */
    private static String text(Element a) {
        String text = a.text();
        if (!text.isBlank()) {
            return text;
        }
        Element img = a.selectFirst("img[alt]");
        return img == null ? "" : img.attr("alt").strip();
    }

    private static boolean isCode(Node node) {
        return node instanceof Element e && NOT_PROSE.contains(e.normalName());
    }

    private static Document parse(String html) {
        return Parser.htmlParser().setTrackPosition(true).parseInput(html, "");
    }
}
