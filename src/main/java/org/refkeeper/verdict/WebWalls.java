package org.refkeeper.verdict;

import org.jsoup.nodes.Element;
import org.refkeeper.page.Capture;
import org.refkeeper.sites.Page;
import org.refkeeper.sites.Reading;
import org.refkeeper.sites.SiteRules;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Walls any site may put up in front of its article, known by what the services that make them always show:
 * Cloudflare's challenge ("Just a moment..."), a consent page the site redirects to or a cookie consent dialog
 * with no article beside it, a members-only post's paywall (Ghost). Each is a wall whatever HTTP status came
 * with it (Cloudflare's challenge comes with 403, 503 or 200), so none of them becomes the last good capture.
 */
final class WebWalls {
    /** Cloudflare's challenge page as its script renders it. */
    private static final String CLOUDFLARE = "#challenge-running, #challenge-stage, #challenge-form, #challenge-body-text, "
            + "#cf-challenge-running, .cf-browser-verification";
    /** Its titles: the challenge, and the block page of its firewall. */
    private static final List<String> CLOUDFLARE_TITLES = List.of("Just a moment...", "Attention Required! | Cloudflare");
    /** Where Yahoo and Google send a reader from the EU before any article. */
    private static final List<String> CONSENT_HOSTS = List.of("consent.yahoo.com", "guce.yahoo.com", "consent.google.com",
            "consent.youtube.com");
    /** Ghost's call to subscribe, shown instead of a members-only post's content. */
    private static final String PAYWALL = ".gh-post-upgrade-cta";
    /** Less main text than this beside a consent dialog is no article. */
    private static final int NO_ARTICLE = 100;
    /** A challenge page is a line or two; an article that mentions one is longer. */
    private static final int CHALLENGE_TEXT = 1000;

    private WebWalls() {
    }

    /** A redirect, anywhere in the chain, to a consent page. */
    static Optional<Assessment> redirect(Capture capture) {
        if (CONSENT_HOSTS.contains(SiteRules.host(capture.url()))) {
            return Optional.empty();
        }
        return Stream.concat(capture.redirects().stream(), Stream.of(capture.finalUrl()))
                .filter(url -> CONSENT_HOSTS.contains(SiteRules.host(url))).findFirst()
                .map(url -> Judge.notGood(Outcome.WALL, "consent wall: redirected to " + url, capture, ""));
    }

    /** A bot challenge, on any site. */
    static Optional<Assessment> challenge(Page page, Capture capture) {
        String title = page.doc().title().strip();
        boolean challenge = page.scripts().mentions("_cf_chl_opt")
                || page.text().length() < CHALLENGE_TEXT && (page.has(CLOUDFLARE) || CLOUDFLARE_TITLES.contains(title));
        return challenge ? Optional.of(Judge.notGood(Outcome.WALL,
                "Cloudflare challenge" + (title.isEmpty() ? "" : ": " + title), capture, "")) : Optional.empty();
    }

    /** A paywall, or a consent dialog with no article beside it, on a page read without a site rule's selectors. */
    static Optional<Assessment> ofPage(Page page, Optional<Reading> reading, Capture capture) {
        Element paywall = page.doc().selectFirst(PAYWALL);
        if (paywall != null) {
            String says = Optional.ofNullable(paywall.selectFirst("h1, h2, h3")).map(Element::text).orElse(PAYWALL);
            return Optional.of(Judge.notGood(Outcome.WALL, "paywall: " + says, capture, page.title()));
        }
        if (page.consentDialog() && reading.map(Reading::text).orElse("").length() < NO_ARTICLE) {
            return Optional.of(Judge.notGood(Outcome.WALL, "consent wall: a cookie consent dialog and no article",
                    capture, page.title()));
        }
        return Optional.empty();
    }
}
