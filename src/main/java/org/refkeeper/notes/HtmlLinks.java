package org.refkeeper.notes;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.util.List;
import java.util.Optional;

/** Links written as HTML inside Markdown: {@code <a href="...">text</a>}. */
final class HtmlLinks {
    /** An HTML link; {@code line} is 1-based within the fragment. */
    record Anchor(String href, String text, int line) {
    }

    private HtmlLinks() {
    }

    /** Every link in an HTML block. */
    static List<Anchor> all(String html) {
        return Parser.htmlParser().setTrackPosition(true).parseInput(html, "").select("a[href]").stream()
                .map(a -> new Anchor(a.attr("href"), a.text(), a.sourceRange().start().lineNumber()))
                .toList();
    }

    /** The link an inline HTML tag opens, if it is an {@code <a href>}; its text follows in the Markdown. */
    static Optional<Anchor> opening(String tag) {
        Element a = Jsoup.parseBodyFragment(tag).selectFirst("a[href]");
        return Optional.ofNullable(a).map(e -> new Anchor(e.attr("href"), e.text(), 1));
    }
}
