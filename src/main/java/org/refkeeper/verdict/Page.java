package org.refkeeper.verdict;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.List;
import java.util.Optional;

/**
 * A rendered DOM read with the rule of its site: the rule's drop-selectors and everything that is not read
 * as text (scripts, styles, buttons, embedded media) already removed.
 * CSS is not applied: WeChat hides {@code #js_content} until its scripts run, yet the text is there.
 */
final class Page {
    // Not text a reader reads; removed so that the main text and the fingerprint see the same thing.
    private static final String UNREAD = "script, style, noscript, template, svg, iframe, object, video, audio, "
            + "canvas, button, select, input, textarea";

    private final Document doc;
    private final SiteRule rule;
    private final String title;

    Page(String html, String baseUrl, SiteRule rule) {
        this.doc = Jsoup.parse(html, baseUrl);
        this.rule = rule;
        this.title = first(rule.title()).or(() -> first(List.of("meta[property=og:title]")))
                .orElseGet(() -> doc.title().strip());
        rule.drop().forEach(selector -> doc.select(selector).remove());
        doc.select(UNREAD).remove();
    }

    /** The title the page shows: the rule's title, else og:title, else {@code <title>}; empty if none. */
    String title() {
        return title;
    }

    /** The main content element: by the rule's selectors, else by generic extraction; empty if there is none. */
    Optional<Element> main() {
        if (rule.content().isEmpty()) {
            return Optional.of(GenericContent.find(doc)).filter(Page::hasContent);
        }
        return rule.content().stream().map(doc::selectFirst).filter(e -> e != null && hasContent(e)).findFirst();
    }

    /** All the text of the body, as a reader would see it with CSS ignored. */
    String text() {
        return doc.body().text();
    }

    /** Whether any element matches {@code selector}. */
    boolean has(String selector) {
        return doc.selectFirst(selector) != null;
    }

    private static boolean hasContent(Element e) {
        return !e.text().isBlank() || e.selectFirst("img") != null;
    }

    private Optional<String> first(List<String> selectors) {
        return selectors.stream().map(doc::selectFirst).filter(e -> e != null)
                .map(e -> e.normalName().equals("meta") ? e.attr("content") : e.text())
                .map(String::strip).filter(t -> !t.isEmpty()).findFirst();
    }
}
