package org.refkeeper.sites;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A rendered DOM read with the rule of its site: the rule's drop-selectors, cookie consent dialogs and everything
 * that is not read as text (scripts, styles, buttons, embedded media) already removed; on a page read without
 * selectors of its own, also what blog themes put around a post (see {@link GenericContent#NOISE}). What the
 * scripts held is kept aside as data, for the readers of sites that keep their content there ({@link PageReader}).
 * CSS is not applied: WeChat hides {@code #js_content} until its scripts run, yet the text is there.
 */
public final class Page {
    // Not text a reader reads; removed so that the main text and the fingerprint see the same thing.
    private static final String UNREAD = "script, style, noscript, template, svg, iframe, object, video, audio, "
            + "canvas, button, select, input, textarea";
    // The dialogs of the common consent platforms (OneTrust, Cookiebot, Quantcast, Didomi, Usercentrics, Osano's
    // cookieconsent, CookieYes, Complianz, Cookie Notice, CookieLawInfo, Google's Funding Choices, Sourcepoint,
    // TrustArc): never an article, and their long policy texts outweigh a short post.
    private static final String CONSENT = "#onetrust-consent-sdk, #CybotCookiebotDialog, .qc-cmp2-container, #didomi-host, "
            + "#usercentrics-root, .cc-window, .cky-consent-container, .cmplz-cookiebanner, #cookie-notice, "
            + "#cookie-law-info-bar, .fc-consent-root, [id^=sp_message_container], #truste-consent-track";

    private static final Pattern SITE_HEADING = Pattern.compile("(?i)site-?title|site-?name|blog-?title|masthead|logo|brand");

    private final Document doc;
    private final SiteRule rule;
    private final ScriptData scripts;
    private final Map<String, String> scriptsById = new HashMap<>();
    private final String rawTitle;
    private final boolean consentDialog;

    public Page(String html, String baseUrl, SiteRule rule) {
        this.doc = Jsoup.parse(html, baseUrl);
        this.rule = rule;
        StringBuilder data = new StringBuilder();
        for (Element script : doc.select("script")) {
            data.append(script.data()).append('\n');
            if (!script.id().isEmpty()) {
                scriptsById.putIfAbsent(script.id(), script.data());
            }
        }
        this.scripts = new ScriptData(data.toString());
        this.rawTitle = first(rule.title()).or(() -> first(List.of("meta[property=og:title]")))
                .orElseGet(() -> doc.title().strip());
        rule.drop().forEach(selector -> doc.select(selector).remove());
        doc.select(UNREAD).remove();
        Elements consent = doc.select(CONSENT);
        this.consentDialog = !consent.isEmpty();
        consent.remove();
        if (rule.content().isEmpty() && rule.reader().isEmpty()) {
            doc.select(GenericContent.NOISE).remove();
        }
    }

    /**
     * The title the page shows: the rule's title, else og:title, else {@code <title>}; without the site's name
     * around it, cleaned of escapes and the rule's badges ({@link Titles}); empty if none.
     */
    public String title() {
        List<String> siteNames = doc.select("meta[property=og:site_name], meta[name=application-name]").eachAttr("content");
        List<String> headings = doc.select("h1").stream().filter(h -> !isSiteHeading(h)).limit(3).map(Element::text)
                .filter(h -> !siteNames.contains(h.strip())).toList();
        return Titles.clean(Titles.withoutSite(rawTitle, siteNames, headings), rule.badges());
    }

    // Many themes set the site's name in an h1 of the page header: that heading names the site, not the post.
    private static boolean isSiteHeading(Element h1) {
        if (h1.closest("article, main, [role=main]") == null && h1.closest("header, [role=banner]") != null) {
            return true;
        }
        for (Element e = h1; e != null && !e.is("body, article, main, [role=main]"); e = e.parent()) {
            if (SITE_HEADING.matcher(e.id() + " " + e.className()).find()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the page held a cookie consent dialog (removed from it: never part of what is read). */
    public boolean consentDialog() {
        return consentDialog;
    }

    /** The title as the page wrote it, before cleaning. */
    public String rawTitle() {
        return rawTitle;
    }

    /** The main content: by the rule's reader, else by its selectors, else by generic extraction; empty if none. */
    public Optional<Reading> read() {
        return rule.reader().flatMap(PageReader::named).flatMap(reader -> reader.read(this))
                .or(() -> main().map(Reading::of));
    }

    /** The main content element by the rule's selectors, else by generic extraction; empty if there is none. */
    public Optional<Element> main() {
        if (rule.content().isEmpty()) {
            return generic();
        }
        return rule.content().stream().map(doc::selectFirst).filter(e -> e != null && hasContent(e)).findFirst();
    }

    /** The main content as a page nobody wrote a rule for would be read. */
    public Optional<Element> generic() {
        return Optional.of(GenericContent.find(doc)).filter(Page::hasContent);
    }

    /** All the text of the body, as a reader would see it with CSS ignored. */
    public String text() {
        return doc.body().text();
    }

    /** Whether any element matches {@code selector}. */
    public boolean has(String selector) {
        return doc.selectFirst(selector) != null;
    }

    /** The page, dropped and unread parts removed; readers select from it. */
    public Document doc() {
        return doc;
    }

    /** What the page's inline scripts held. */
    public ScriptData scripts() {
        return scripts;
    }

    /** The content of the script element with this id (a template the page renders from), if there was one. */
    public Optional<String> script(String id) {
        return Optional.ofNullable(scriptsById.get(id));
    }

    public SiteRule rule() {
        return rule;
    }

    /** The first non-blank text among these selectors' elements, or their {@code content} for meta elements. */
    public Optional<String> first(List<String> selectors) {
        return selectors.stream().map(doc::selectFirst).filter(e -> e != null)
                .map(e -> e.normalName().equals("meta") ? e.attr("content") : e.text())
                .map(String::strip).filter(t -> !t.isEmpty()).findFirst();
    }

    public static boolean hasContent(Element e) {
        return !e.text().isBlank() || e.selectFirst("img") != null;
    }
}
