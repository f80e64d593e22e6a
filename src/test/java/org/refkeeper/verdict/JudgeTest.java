package org.refkeeper.verdict;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.refkeeper.page.Capture;
import org.refkeeper.page.Failure;
import org.refkeeper.content.Markdown;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Any site: load failures, HTTP status, generic extraction, the Markdown-ish main text, redirects. */
class JudgeTest {
    private static final String BLOG = "https://blog.example.org/2026/11/pipes.html";
    private static final String PARAGRAPH = "A process can only hold so many open file descriptors, and every popen "
            + "that is closed with fclose instead of pclose leaves one pipe behind.";

    private final Judge judge = new Judge();

    private static String blogPage(boolean semantic) {
        String open = semantic ? "<article>" : "<div class=\"post\">";
        String close = semantic ? "</article>" : "</div>";
        return """
                <html><head><title>Leaking pipes | Example Blog</title>
                <meta property="og:title" content="Leaking pipes"></head><body>
                <div class="nav"><ul><li><a href="/">Home</a></li><li><a href="/archive">Archive of every post we wrote</a></li>
                <li><a href="/about">About this blog and its authors and their many interests</a></li></ul></div>
                %s<h1>Leaking pipes</h1><p>%s</p><h2>The fix</h2><p>%s</p>
                <ul><li>check every popen</li><li>close with pclose</li></ul>
                <p><img src="/img/lsof.png" alt="lsof output"></p>%s
                <div class="footer"><p>Copyright 2026 Example Blog. All rights reserved. Powered by a static site generator.</p>
                <p><a href="/a">Related: a post about sockets</a> <a href="/b">Related: a post about signals and handlers</a></p></div>
                </body></html>""".formatted(open, PARAGRAPH, PARAGRAPH.replace("popen", "call"), close);
    }

    @Test
    void genericSiteGivesTheArticleNotNavigationOrFooter() {
        Assessment a = judge.assess(Captures.page(BLOG, 200, blogPage(true)));

        assertEquals(Outcome.GOOD, a.outcome());
        assertEquals("Leaking pipes", a.title(), "og:title before <title>");
        assertTrue(a.mainText().contains(PARAGRAPH));
        assertFalse(a.mainText().contains("Archive of every post"));
        assertFalse(a.mainText().contains("Copyright"));
    }

    @Test
    void genericSiteWithoutArticleMarkupIsFoundByItsParagraphs() {
        Assessment a = judge.assess(Captures.page(BLOG, 200, blogPage(false)));

        assertEquals(Outcome.GOOD, a.outcome());
        assertTrue(a.mainText().contains(PARAGRAPH));
        assertFalse(a.mainText().contains("Archive of every post"));
        assertFalse(a.mainText().contains("Related: a post"));
    }

    @Test
    void mainTextIsMarkdownWithAbsoluteImages() {
        Assessment a = judge.assess(Captures.page(BLOG, 200, blogPage(true)));

        assertEquals("# Leaking pipes\n\n" + PARAGRAPH + "\n\n## The fix\n\n" + PARAGRAPH.replace("popen", "call")
                + "\n\n- check every popen\n\n- close with pclose\n\n"
                + "![lsof output](https://blog.example.org/img/lsof.png)", a.mainText());
    }

    @Test
    void titleFallsBackToTheTitleElementWithoutTheSitesName() {
        String withoutOgTitle = blogPage(true).replaceFirst("<meta property=\"og:title\"[^>]*>", "");
        Assessment a = judge.assess(Captures.page(BLOG, 200, withoutOgTitle));
        Assessment noHeading = judge.assess(Captures.page(BLOG, 200, withoutOgTitle.replace("<h1>Leaking pipes</h1>", "")));
        Assessment siteNamed = judge.assess(Captures.page(BLOG, 200, withoutOgTitle.replace("<h1>Leaking pipes</h1>", "")
                .replace("</head>", "<meta property=\"og:site_name\" content=\"Example Blog\"></head>")));

        assertEquals("Leaking pipes", a.title(), "the title is the post's heading, the rest is the site's");
        assertEquals("Leaking pipes | Example Blog", noHeading.title(), "nothing says which part is the site's");
        assertEquals("Leaking pipes", siteNamed.title());
    }

    @Test
    void theSitesOwnHeadingNamesNoPost() {
        String page = """
                <html><head><title>Example Blog | Leaking pipes</title></head><body>
                <header id="masthead"><h1 class="site-title"><a href="/">Example Blog</a></h1></header>
                <div class="post"><h2 class="entry-title">Leaking pipes</h2><p>%s</p><p>%s</p></div>
                </body></html>""".formatted(PARAGRAPH, PARAGRAPH);
        String both = page.replace("<h2 class=\"entry-title\">Leaking pipes</h2>", "<h1 class=\"entry-title\">Leaking pipes</h1>")
                .replace("<body>", "<body class=\"single wp-custom-logo\">");

        assertEquals("Example Blog | Leaking pipes", judge.assess(Captures.page(BLOG, 200, page)).title(),
                "the only heading is the site's: nothing says which part is the post's");
        assertEquals("Leaking pipes", judge.assess(Captures.page(BLOG, 200, both)).title());
    }

    @ParameterizedTest
    @CsvSource({"404,GONE", "410,GONE", "401,WALL", "403,WALL", "429,WALL", "500,TEMPORARY", "503,TEMPORARY"})
    void httpStatusDecides(int status, Outcome outcome) {
        Assessment a = judge.assess(Captures.page(BLOG, status, "<html><head><title>Error</title></head><body>"
                + "<p>" + PARAGRAPH + "</p></body></html>"));

        assertEquals(outcome, a.outcome());
        assertEquals("HTTP " + status, a.reason());
        assertEquals(status, a.httpStatus());
        assertEquals("", a.fingerprint());
    }

    @ParameterizedTest
    @CsvSource({
            "DNS, net::ERR_NAME_NOT_RESOLVED, TEMPORARY, DNS failure: net::ERR_NAME_NOT_RESOLVED",
            "CONNECTION, net::ERR_CONNECTION_REFUSED, TEMPORARY, connection failure: net::ERR_CONNECTION_REFUSED",
            "TIMEOUT, Timeout 30000ms exceeded, TEMPORARY, timeout: Timeout 30000ms exceeded",
            "TLS, net::ERR_CERT_AUTHORITY_INVALID, TEMPORARY, TLS failure: net::ERR_CERT_AUTHORITY_INVALID",
            "BROWSER, Target page crashed, BROKEN, browser failure: Target page crashed"})
    void loadFailuresDecide(Failure.Kind kind, String message, Outcome outcome, String reason) {
        Assessment a = judge.assess(Captures.failed(BLOG, kind, message));

        assertEquals(outcome, a.outcome());
        assertEquals(reason, a.reason());
    }

    @Test
    void nothingLoadedWithoutAFailureIsBroken() {
        Capture empty = new Capture(BLOG, BLOG, List.of(BLOG), 0, Captures.WHEN, List.of(), new byte[0], "", Optional.empty());

        assertEquals(Outcome.BROKEN, judge.assess(empty).outcome());
    }

    @Test
    void redirectToAnotherAddressIsRecorded() {
        String moved = "https://newblog.example.org/pipes";
        Assessment a = judge.assess(Captures.redirected(List.of(BLOG, moved), 200, blogPage(true)));

        assertEquals(Outcome.GOOD, a.outcome());
        assertEquals(Optional.of(moved), a.movedTo());
    }

    @Test
    void redirectToHttpsIsNotAMove() {
        Assessment a = judge.assess(Captures.redirected(
                List.of(BLOG.replace("https:", "http:"), BLOG + "#top"), 200, blogPage(true)));

        assertEquals(Optional.empty(), a.movedTo());
    }
}
