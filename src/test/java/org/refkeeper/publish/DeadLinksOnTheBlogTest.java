package org.refkeeper.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refkeeper.Archive;
import org.refkeeper.sources.Reference;
import org.refkeeper.report.Json;
import org.refkeeper.testing.Blogs;
import org.refkeeper.testing.FolderServer;
import org.refkeeper.testing.LocalRequests;
import org.refkeeper.testing.SeedArchive;
import org.refkeeper.testing.SeedWeb;
import org.refkeeper.testing.TestChromium;
import org.refkeeper.verdict.State;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The seed note as a blog post over its published archive, in which the fake web made some sources vanish: built
 * by Jekyll with the include, by Hugo with the partial, and as a plain page with the script. Each shows an archived
 * link beside exactly the vanished and blocked citations, and the reader who follows one reads the copy in Chromium
 * with the network cut (files, or a static host on 127.0.0.1, and nothing else).
 */
class DeadLinksOnTheBlogTest {
    @TempDir
    static Path dir;
    private static SeedArchive seed;
    private static Archive archive;
    private static List<Reference> references;
    private static Path site;
    private static Path data;
    private static TestChromium chromium;
    private BrowserContext context;
    private Page page;
    private final List<String> requests = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void publish() throws IOException {
        seed = SeedArchive.get();
        archive = seed.open();
        references = SeedWeb.references();
        site = Files.createDirectories(dir.resolve("site"));
        data = dir.resolve("refkeeper.json");
        // the site opened from disk: the blog links to the copies by file: address
        archive.publish(new PublishOptions(Optional.of(site), Optional.of(data), Optional.of(site.toUri()), Set.of(),
                "Seed archive", false));
        chromium = TestChromium.launch(List.of("--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"));
    }

    @AfterAll
    static void close() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
        archive.close();
    }

    @BeforeEach
    void open() {
        context = chromium.browser.newContext();
        page = context.newPage();
        page.onRequest(r -> requests.add(r.url()));
    }

    @AfterEach
    void closePage() {
        context.close();
    }

    @Test
    void jekyllPostLinksExactlyTheDeadCitationsToTheirArchivedCopies() throws Exception {
        Path built = Blogs.jekyll(dir.resolve("jekyll"), "2020-01-01-seed.md", Files.readAllBytes(seed.seed), data);
        Path post = Blogs.page(built, "seed.html");
        assertDecoratesExactlyTheDeadCitations(Jsoup.parse(post.toFile()));
        followTheArchivedLinkOffline(post.toUri().toString(), site.toUri().toString());
    }

    @Test
    void hugoPostWithThePartialLinksTheSameCitations() throws Exception {
        Path built = Blogs.hugo(dir.resolve("hugo"), "seed.md", Files.readAllBytes(seed.seed), data);
        Path post = Blogs.page(built.resolve("posts/seed"), "index.html");
        assertDecoratesExactlyTheDeadCitations(Jsoup.parse(post.toFile()));
    }

    @Test
    void scriptOnAPlainPageLinksTheSameCitations() throws Exception {
        Path blog = Files.createDirectories(dir.resolve("plain"));
        Files.copy(Blogs.DOCS.resolve("refkeeper-links.js"), blog.resolve("refkeeper-links.js"));
        StringBuilder list = new StringBuilder();
        for (Reference r : references) {
            list.append("<li><a href=\"").append(r.citations().get(0).citedUrl()).append("\">")
                    .append(r.citations().get(0).title()).append("</a></li>\n");
        }
        Files.writeString(blog.resolve("index.html"), "<!DOCTYPE html><html><head><meta charset=utf-8><title>reading</title>"
                + "</head><body><ul>\n" + list + "</ul><script src=\"refkeeper-links.js\" data-src=\"links.json\"></script>"
                + "</body></html>");
        try (FolderServer host = FolderServer.serve(Map.of("blog", blog, "refs", site))) {
            // the blog's links file: the same archive, as served from this host
            archive.publish(new PublishOptions(Optional.empty(), Optional.of(blog.resolve("links.json")),
                    Optional.of(host.uri("refs")), Set.of(), "Seed archive", false));
            page.navigate(host.uri("blog").toString());
            page.locator(".refkeeper-archived").first().waitFor();
            Map<String, String> decorated = new TreeMap<>();
            for (Locator span : page.locator(".refkeeper-archived").all()) {
                String cited = (String) span.evaluate("s => s.previousElementSibling.getAttribute('href')");
                decorated.put(cited, span.locator("a").getAttribute("href"));
            }
            assertEquals(deadCitations(), decorated.keySet());
            followTheArchivedLinkOffline(host.uri("blog").toString(), host.uri("refs").toString());
        }
    }

    /** Every citation whose source vanished or is blocked gets one link, right after it, to its copy; no other. */
    private static void assertDecoratesExactlyTheDeadCitations(Document post) throws IOException {
        post.outputSettings().prettyPrint(false);
        JsonNode links = Json.MAPPER.readTree(data.toFile());
        Map<String, String> decorated = new TreeMap<>();
        for (Element span : post.select(".refkeeper-archived")) {
            // what stands right before the link: a bare URL as kramdown left it (its _x_ read as emphasis), or a link
            Element before = span.previousElementSibling();
            String cited = before != null && before.tagName().equals("a") && span.previousSibling() == before
                    ? before.attr("href")
                    : span.parent().html().substring(0, span.parent().html().indexOf("<span")).replaceAll("</?em>", "_")
                    .replaceAll("^.*?(https?://\\S+)$", "$1");
            String href = span.selectFirst("a").attr("href");
            assertEquals(links.get(cited).get("archivedUrl").asText(), href, cited);
            assertTrue(span.text().matches("\\(archived \\d{4}-\\d\\d-\\d\\d\\)"), span.text());
            decorated.put(cited, href);
        }
        assertEquals(deadCitations(), decorated.keySet(), post.select(".refkeeper-archived").outerHtml());
    }

    private static Set<String> deadCitations() {
        return SeedWeb.BROKEN.entrySet().stream()
                .filter(e -> e.getValue() == State.VANISHED || e.getValue() == State.BLOCKED)
                .map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The reader clicks "(archived ...)" beside the deleted article and reads it, with nothing but local requests. */
    private void followTheArchivedLinkOffline(String blogPage, String archivedSite) throws IOException {
        requests.clear();
        page.navigate(blogPage);
        page.locator(".refkeeper-archived").first().waitFor();
        int source = indexOf(SeedWeb.DELETED);
        Locator link = page.locator(".refkeeper-archived a").nth(beside(page, SeedWeb.DELETED));
        link.click();
        page.waitForURL(archivedSite + "**");
        page.waitForLoadState();
        String text = page.innerText("body");
        assertTrue(text.contains(SeedWeb.text(source)), text);
        assertTrue(text.contains("state now: vanished"), text);
        Object width = page.locator("#js_content img").first().evaluate("img => img.decode().then(() => img.naturalWidth)");
        assertEquals(240 + 4 * source, ((Number) width).intValue(), "the article's own picture, from the copy");
        assertOnlyLocalRequests(blogPage.startsWith("file:") ? dir.toUri().toString()
                : archivedSite.substring(0, archivedSite.indexOf('/', "http://".length())));
    }

    /** Which of the page's archived links stands beside {@code url}. */
    private static int beside(Page page, String url) {
        Object i = page.evaluate("url => [...document.querySelectorAll('.refkeeper-archived')].findIndex(s => "
                + "(s.previousElementSibling && s.previousElementSibling.getAttribute('href') === url) "
                + "|| s.parentElement.textContent.startsWith(url))", url);
        assertTrue(((Number) i).intValue() >= 0, "no archived link beside " + url);
        return ((Number) i).intValue();
    }

    private static int indexOf(String url) {
        for (int i = 0; i < references.size(); i++) {
            if (references.get(i).url().equals(url)) {
                return i;
            }
        }
        throw new AssertionError(url + " is not in the seed note");
    }

    private void assertOnlyLocalRequests(String prefix) {
        assertEquals(List.of(), LocalRequests.outside(requests, prefix), "requests outside " + prefix);
    }
}
