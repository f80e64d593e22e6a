package org.refkeeper.verdict;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.refkeeper.page.Capture;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pages any site may answer with instead of its article (fixtures/templates/web): a bot challenge, a consent wall,
 * a paywall, a "Page not found" sent with 200, a domain parked for sale. None of them is the article, and none may
 * become the source's last good copy.
 */
class StandInPagesTest {
    private static final String POST = "https://notes.example.net/2024/03/pipes/";
    private static final Optional<Previous> WAS_GOOD = Optional.of(new Previous(State.UNCHANGED, Optional.of("b".repeat(64))));

    private final Judge judge = new Judge();

    private static String page(String name) {
        return Captures.template("web/" + name + ".html");
    }

    private static String longPost(String title) {
        return "<html><head><title>" + title + "</title></head><body><article><h1>" + title + "</h1>"
                + "<p>This post is about the pages a crawler gets instead of the article it asked for. ".repeat(30)
                + "</p></article></body></html>";
    }

    @ParameterizedTest
    @ValueSource(ints = {200, 403, 503})
    void cloudflareChallengeIsAWallWhateverItsStatus(int status) {
        Assessment a = judge.assess(Captures.page(POST, status, page("cloudflare-challenge")));
        Verdict v = Verdicts.decide(a, WAS_GOOD);

        assertEquals(Outcome.WALL, a.outcome(), a.reason());
        assertEquals("Cloudflare challenge: Just a moment...", a.reason());
        assertEquals(State.BLOCKED, v.state());
        assertFalse(v.keep());
    }

    @Test
    void aPostTitledLikeAChallengeIsAPost() {
        assertEquals(Outcome.GOOD, judge.assess(Captures.page(POST, 200, longPost("Just a moment..."))).outcome());
    }

    @Test
    void pageNotFoundSentWith200IsGone() {
        Assessment a = judge.assess(Captures.page(POST, 200, page("soft-404")));
        Verdict v = Verdicts.decide(a, WAS_GOOD);

        assertEquals(Outcome.GONE, a.outcome(), a.reason());
        assertEquals("page not found (HTTP 200): Page not found", a.reason());
        assertEquals(State.VANISHED, v.state());
        assertFalse(v.keep());
    }

    @Test
    void pageNotFoundIsGoneHoweverLongTheThemeAroundIt() {
        String footer = "<div class=\"site-info\"><p>" + "Notes from the Shell is written by Ana in Lisbon, mostly about Unix. ".repeat(40)
                + "</p></div>";
        Assessment a = judge.assess(Captures.page(POST, 200, page("soft-404").replace("</footer>", footer + "</footer>")));

        assertEquals(Outcome.GONE, a.outcome(), a.reason());
    }

    @Test
    void aHugeTitleIsReadInOnePass() {
        String title = "404 - ".repeat(20_000) + "x | ".repeat(20_000);
        Assessment a = judge.assess(Captures.page(POST, 200, longPost(title)));

        assertEquals(Outcome.GOOD, a.outcome(), a.reason());
    }

    @Test
    void nextJsNotFoundPageSentWith200IsGone() {
        // Next.js's own 404 page, as a static export on a host that answers 200 for every path
        String next = "<!DOCTYPE html><html><head><meta charSet=\"utf-8\"/><title>404: This page could not be found</title></head>"
                + "<body><div id=\"__next\"><div style=\"font-family:system-ui\"><div><h1 class=\"next-error-h1\">404</h1>"
                + "<div><h2>This page could not be found.</h2></div></div></div></div></body></html>";

        Assessment a = judge.assess(Captures.page(POST, 200, next));

        assertEquals(Outcome.GONE, a.outcome(), a.reason());
    }

    @Test
    void aPostAboutNotFoundPagesIsAPost() {
        assertEquals(Outcome.GOOD, judge.assess(Captures.page(POST, 200, longPost("Page not found errors in Hugo"))).outcome());
        assertEquals(Outcome.GOOD, judge.assess(Captures.page(POST, 200, longPost("404 – Page not found"))).outcome(),
                "a long post titled like a notice is still a post");
    }

    @Test
    void aDomainParkedForSaleIsGone() {
        Assessment a = judge.assess(Captures.page(POST, 200, page("parked-domain")));
        Verdict v = Verdicts.decide(a, WAS_GOOD);

        assertEquals(Outcome.GONE, a.outcome(), a.reason());
        assertEquals("domain parked: domain may be for sale", a.reason());
        assertEquals(State.VANISHED, v.state());
        assertFalse(v.keep());
    }

    @Test
    void aDomainThatRedirectsToAMarketplaceIsGone() {
        String market = "https://www.hugedomains.com/domain_profile.cfm?d=notes.example.net";
        Capture c = Captures.redirected(List.of(POST, market), 200, "<html><head><title>Notes.example.net is for sale | "
                + "HugeDomains</title></head><body><h1>Notes.example.net</h1><p>Buy now for $2,795 or pay over time.</p></body></html>");

        Assessment a = judge.assess(c);

        assertEquals(Outcome.GONE, a.outcome(), a.reason());
        assertEquals("domain for sale: redirected to " + market, a.reason());
        assertEquals(Optional.empty(), a.movedTo(), "a marketplace is not where the post moved");
    }

    @Test
    void aShortNoteBehindACookieBannerIsTheNoteNotTheBanner() {
        String html = page("cookie-banner-page").replaceFirst("(?s)<p>On Wednesday.*?</p>\\s*<p>By Friday.*?</p>", "");
        Assessment a = judge.assess(Captures.page("https://ron.example.org/failed-captures.html", 200, html));

        assertEquals(Outcome.GOOD, a.outcome(), a.reason());
        assertEquals("A week of failed captures", a.title());
        assertTrue(a.mainText().contains("On Monday the crawler came back"), a.mainText());
        for (String consent : List.of("cookies", "privacy", "Accept All")) {
            assertFalse(a.mainText().toLowerCase().contains(consent.toLowerCase()), consent + ": " + a.mainText());
        }
    }

    @Test
    void aConsentDialogWithoutTheArticleIsAWall() {
        String html = page("cookie-banner-page").replaceFirst("(?s)<div id=\"column\">.*?</div>\\s*<div id=\"sidebar\">", "<div id=\"sidebar\">");
        Assessment a = judge.assess(Captures.page("https://ron.example.org/failed-captures.html", 200, html));

        assertEquals(Outcome.WALL, a.outcome(), a.reason());
        assertEquals("consent wall: a cookie consent dialog and no article", a.reason());
    }

    @Test
    void aRedirectToAConsentPageIsAWall() {
        String consent = "https://consent.yahoo.com/v2/collectConsent?sessionId=3_cc-session_0a1b2c3d";
        Capture c = Captures.redirected(List.of("https://news.yahoo.com/some-article-0123.html", consent), 200,
                "<html><head><title>Yahoo is part of the Yahoo family of brands</title></head><body><form><p>"
                        + "Yahoo is part of the Yahoo family of brands.</p><button>Accept all</button><button>Reject all</button>"
                        + "</form></body></html>");

        Assessment a = judge.assess(c);

        assertEquals(Outcome.WALL, a.outcome(), a.reason());
        assertEquals("consent wall: redirected to " + consent, a.reason());
    }

    @Test
    void aPdfIsTheFileItself() {
        byte[] pdf = "%PDF-1.5\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        Assessment a = judge.assess(Captures.file("https://arxiv.org/pdf/1707.06168", 200, "application/pdf", pdf));

        assertEquals(Outcome.GOOD, a.outcome(), a.reason());
        assertEquals("1707.06168.pdf", a.title());
        assertEquals(Fingerprint.sha256(pdf), a.fingerprint());
    }
}
