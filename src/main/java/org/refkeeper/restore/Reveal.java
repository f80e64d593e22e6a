package org.refkeeper.restore;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.refkeeper.sites.SiteRules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Shows what a site hides until its scripts run: WeChat writes {@code visibility: hidden; opacity: 0} on
 * {@code #js_content} and lets a script clear it. Without the scripts the article would stay invisible, so
 * those declarations are dropped from the site's main content (as its site rule names it), the elements
 * around it, and the body.
 */
final class Reveal {
    /** Possessive throughout: a style attribute is the page's, and backtracking over its spaces took minutes. */
    private static final Pattern HIDING = Pattern.compile(
            "(?i)(?:visibility\\s*+:\\s*+hidden|opacity\\s*+:\\s*+0*+(?:\\.0*+)?+)\\s*+(?:!\\s*+important)?+\\s*+(?:;|$)");

    private Reveal() {
    }

    static void hiddenContent(Document doc, String url) {
        List<Element> targets = new ArrayList<>();
        for (String selector : SiteRules.builtIn().ruleFor(url).content()) {
            for (Element content : doc.select(selector)) {
                targets.add(content);
                targets.addAll(content.parents());
            }
        }
        targets.addAll(doc.select("html, body"));
        for (Element e : targets) {
            if (e.hasAttr("style")) {
                e.attr("style", HIDING.matcher(e.attr("style")).replaceAll("").strip());
            }
        }
    }
}
