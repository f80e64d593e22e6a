package org.refkeeper.publish;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refkeeper.testing.Blogs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The Jekyll include and the Hugo partial on the forms a citation takes in a post, against a links file written
 * by hand: which occurrences of a dead source's URL get "(archived ...)" and which must not.
 */
class BlogSnippetsTest {
    private static final String LINKS = """
            {
              "https://a.example/gone": {"source": "a.example/gone", "url": "https://a.example/gone", "state": "vanished",
                "since": "2026-11-29T06:00:00Z", "archivedUrl": "https://refs.example.org/a/index.html",
                "capturedAt": "2026-11-28T12:00:00Z"},
              "https://b.example/y?a=1&b=2": {"source": "b.example/y", "url": "https://b.example/y?a=1&b=2",
                "state": "blocked", "archivedUrl": "https://refs.example.org/b/index.html", "capturedAt": "2026-11-27T12:00:00Z"},
              "https://c.example/ok": {"source": "c.example/ok", "url": "https://c.example/ok", "state": "unchanged",
                "archivedUrl": "https://refs.example.org/c/index.html", "capturedAt": "2026-11-27T12:00:00Z"},
              "https://d.example/busy": {"source": "d.example/busy", "url": "https://d.example/busy", "state": "unreachable",
                "archivedUrl": "https://refs.example.org/d/index.html", "capturedAt": "2026-11-26T12:00:00Z"},
              "https://e.example/evil": {"source": "e.example/evil", "url": "https://e.example/evil", "state": "vanished",
                "archivedUrl": "javascript:alert(1)", "capturedAt": "2026-11-26T12:00:00Z"}
            }
            """;
    private static final String POST = """
            ---
            layout: post
            title: cases
            ---
            https://a.example/gone

            [linked](https://a.example/gone) and <https://a.example/gone>

            See https://a.example/gone. Or (https://a.example/gone), not https://a.example/gone/2, https://a.example/gone.html or https://a.example/goner.

            [amp](https://b.example/y?a=1&b=2) [fine](https://c.example/ok) [busy](https://d.example/busy) [evil](https://e.example/evil)
            """;

    @TempDir
    Path dir;

    @Test
    void jekyllIncludeDecoratesEveryFormOfADeadCitationAndNothingElse() throws Exception {
        String post = POST + "\nOne by one: [busy](https://d.example/busy){% include refkeeper/archived.html "
                + "url=\"https://d.example/busy\" states=\"vanished,blocked,unreachable\" %}\n";
        Document page = built(Blogs.page(Blogs.jekyll(dir, "2026-11-30-cases.md", utf8(post), links()), "cases.html"));
        assertEquals(List.of("https://refs.example.org/a/index.html", "https://refs.example.org/b/index.html",
                "https://refs.example.org/d/index.html"), hrefs(page));
        assertEquals(List.of(
                "https://a.example/gone [archived 2026-11-28]",
                "linked [archived 2026-11-28] and https://a.example/gone [archived 2026-11-28]",
                "See https://a.example/gone [archived 2026-11-28]. Or (https://a.example/gone [archived 2026-11-28]), "
                        + "not https://a.example/gone/2, https://a.example/gone.html or https://a.example/goner.",
                "amp [archived 2026-11-27] fine busy evil",
                "One by one: busy [archived 2026-11-26]"), paragraphs(page));
    }

    @Test
    void hugoPartialDecoratesEveryLinkOfADeadSourceAndNothingElse() throws Exception {
        Document page = built(Blogs.page(Blogs.hugo(dir, "cases.md", utf8(POST), links()).resolve("posts/cases"),
                "index.html"));
        assertEquals(List.of("https://refs.example.org/a/index.html", "https://refs.example.org/b/index.html"), hrefs(page));
        // Hugo links bare URLs itself, so each of them is a link the render hook sees; but its linkify takes the ")"
        // of "(URL)," into the address (href .../gone%29), a link to another page, which rightly gets nothing
        assertEquals(List.of(
                "https://a.example/gone [archived 2026-11-28]",
                "linked [archived 2026-11-28] and https://a.example/gone [archived 2026-11-28]",
                "See https://a.example/gone [archived 2026-11-28]. Or (https://a.example/gone), "
                        + "not https://a.example/gone/2, https://a.example/gone.html or https://a.example/goner.",
                "amp [archived 2026-11-27] fine busy evil"), paragraphs(page));
    }

    /** Where the archived links go, each address once. */
    private static List<String> hrefs(Document page) {
        return page.select(".refkeeper-archived a").eachAttr("href").stream().distinct().sorted().toList();
    }

    private Path links() throws IOException {
        return Files.writeString(dir.resolve("links.json"), LINKS);
    }

    private static Document built(Path page) throws IOException {
        return Jsoup.parse(page.toFile());
    }

    /** Each paragraph's text, every archived link shown as [archived DATE]; and each link says where it goes. */
    private static List<String> paragraphs(Document page) {
        for (Element span : page.select(".refkeeper-archived")) {
            Element a = span.selectFirst("a");
            assertEquals(1, span.select("a").size());
            String date = a.text().replaceAll("^\\(archived (.*)\\)$", "$1");
            span.replaceWith(new TextNode(" [archived " + date + "]"));
        }
        return page.select("article p").stream().map(Element::text).filter(t -> !t.isBlank()).toList();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
