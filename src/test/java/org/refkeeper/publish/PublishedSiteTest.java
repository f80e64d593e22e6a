package org.refkeeper.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refkeeper.Archive;
import org.refkeeper.history.SourceStatus;
import org.refkeeper.sources.Reference;
import org.refkeeper.report.Json;
import org.refkeeper.testing.LocalRequests;
import org.refkeeper.testing.SeedArchive;
import org.refkeeper.testing.SeedWeb;
import org.refkeeper.testing.TestChromium;
import org.refkeeper.verdict.State;
import org.refkeeper.web.WebUi;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The seed note's archive published as a static site and served by {@code serve}: the by-note view, the placeholder
 * for captures without a screenshot, the links file, and a folder that, opened from disk in Chromium with every
 * request logged, asks for nothing outside itself.
 */
class PublishedSiteTest {
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
        site = dir.resolve("site");
        data = dir.resolve("refkeeper.json");
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
    void byNoteViewListsTheSeedNotesCitationsInOrderWithTheirStates() throws IOException {
        page.navigate(site.resolve("index.html").toUri().toString());
        page.locator("header nav a", new Page.LocatorOptions().setHasText("notes")).click();
        page.locator("tr.note a", new Page.LocatorOptions().setHasText("000_07f52f57dc0f84ed")).click();
        assertCitationsOfTheSeedNote(page);
        assertEquals("seeds/000_07f52f57dc0f84ed.txt", page.locator("h1").innerText(),
                "the note's path from the folder the notes share, not where this machine keeps it");
        assertOnlyLocalRequests(site.toUri().toString());
    }

    @Test
    void serveHasTheSameByNoteView() throws IOException {
        try (WebUi ui = archive.serve(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            page.navigate(ui.uri().toString());
            page.locator("header nav a", new Page.LocatorOptions().setHasText("notes")).click();
            page.locator("tr.note a", new Page.LocatorOptions().setHasText("000_07f52f57dc0f84ed")).click();
            assertCitationsOfTheSeedNote(page);
            // the archived copy of a vanished citation opens from the archived origin
            Locator deleted = page.locator("tr.citation", new Page.LocatorOptions().setHasText(SeedWeb.DELETED));
            deleted.locator("a.copy").click();
            page.waitForLoadState();
            assertTrue(page.innerText("body").contains(SeedWeb.text(0)), page.innerText("body"));
        }
    }

    @Test
    void serveShowsThePlaceholderWhereACaptureHasNoScreenshot() throws IOException {
        try (WebUi ui = archive.serve(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            for (String url : List.of(SeedArchive.PDF, SeedArchive.IMPORTED, SeedWeb.DELETED)) {
                page.navigate(ui.uri().toString());
                page.locator("tr.source a", new Page.LocatorOptions().setHasText(title(url))).first().click();
                page.waitForURL("**/source?id=*");
                Locator card = page.locator(".capture").first();
                if (url.equals(SeedWeb.DELETED)) {
                    Object width = card.locator("img").evaluate("img => img.decode().then(() => img.naturalWidth)");
                    assertTrue(((Number) width).intValue() > 0, "a screenshot where there is one");
                } else {
                    assertEquals(0, card.locator("img").count(), url);
                    assertTrue(card.locator(".no-shot").isVisible(), url);
                }
            }
        }
    }

    private static String title(String url) throws IOException {
        SourceStatus s = archive.status().stream().filter(x -> x.url().equals(url)).findFirst().orElseThrow();
        return s.title().isBlank() ? s.url() : s.title();
    }

    private static void assertCitationsOfTheSeedNote(Page page) throws IOException {
        Locator rows = page.locator("tr.citation");
        assertEquals(35, rows.count());
        // the note itself says which URLs it cites, one per line
        List<String> written = Files.readAllLines(seed.seed).stream().filter(l -> l.matches("https?://\\S+")).toList();
        assertEquals(written, rows.locator(".url").allInnerTexts());
        Map<String, State> states = states();
        for (int i = 0; i < references.size(); i++) {
            Reference r = references.get(i);
            Locator row = rows.nth(i);
            assertEquals(r.url(), row.locator(".url").innerText(), "citation " + (i + 1) + " in the note's order");
            assertEquals(String.valueOf(r.citations().get(0).line()), row.locator("td.line").innerText());
            assertEquals(r.citations().get(0).title(), row.locator("a.title").innerText());
            State expected = SeedWeb.BROKEN.getOrDefault(r.url(), State.UNCHANGED);
            assertEquals(expected, states.get(r.url()), r.url());
            assertEquals(expected.label(), row.locator(".state").innerText(), r.url());
            assertEquals(1, row.locator("a.copy").count(), "every seed source has an archived copy: " + r.url());
        }
    }

    @Test
    void publishedFolderOpenedFromDiskRequestsNothingOutsideItself() throws IOException {
        List<Path> pages;
        try (Stream<Path> files = Files.walk(site)) {
            pages = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        assertTrue(pages.size() > 80, "index, states, notes, a page and a copy per source: " + pages.size());
        for (Path p : pages) {
            page.navigate(p.toUri().toString());
        }
        assertTrue(requests.size() > pages.size(), "copies load their pictures and styles: " + requests.size());
        assertOnlyLocalRequests(site.toUri().toString());
    }

    @Test
    void everyPublishedPageCarriesAStrictPolicyAndNoScript() throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Document doc = Jsoup.parse(p.toFile());
                String policy = doc.select("meta[http-equiv=Content-Security-Policy]").attr("content");
                assertTrue(policy.startsWith("default-src 'none'"), p + ": " + policy);
                assertFalse(policy.contains("script-src") && !policy.contains("script-src 'none'"), p + ": " + policy);
                assertTrue(doc.select("script").isEmpty(), p + " holds a script");
                assertTrue(doc.getAllElements().stream().noneMatch(e -> e.attributes().asList().stream()
                        .anyMatch(a -> a.getKey().startsWith("on") || a.getValue().strip().toLowerCase()
                                .startsWith("javascript:"))), p + " holds an event handler or a javascript: address");
            }
        }
    }

    @Test
    void aCaptureWithoutAScreenshotShowsAPlaceholderNotABrokenImage() throws IOException {
        for (String url : List.of(SeedArchive.PDF, SeedArchive.IMPORTED)) {
            SourceStatus s = archive.status().stream().filter(x -> x.url().equals(url)).findFirst().orElseThrow();
            page.navigate(site.resolve("sources/" + s.id() + "/index.html").toUri().toString());
            Locator card = page.locator(".capture").first();
            assertEquals(0, card.locator("img").count(), url);
            assertTrue(card.locator(".no-shot").isVisible(), url);
            String said = card.locator(".no-shot").innerText();
            assertTrue(url.equals(SeedArchive.PDF) ? said.contains("a file, not a page") : said.contains("no screenshot"), said);
            card.locator("a.restored").click();
            page.waitForLoadState();
            if (url.equals(SeedArchive.PDF)) {
                assertTrue(page.innerText("body").contains("PDF document"), page.innerText("body"));
            }
        }
        // a source with a screenshot shows it, decoded
        page.navigate(site.resolve("sources/mp.weixin.qq.com/p_qdKcQwQ8y_JUw3gQUEnA/index.html").toUri().toString());
        Object width = page.locator(".capture img").first().evaluate("img => img.decode().then(() => img.naturalWidth)");
        assertTrue(((Number) width).intValue() > 0);
        assertOnlyLocalRequests(site.toUri().toString());
    }

    @Test
    void linksFileHoldsEveryCitedUrlWithItsStateAndArchivedCopy() throws IOException {
        JsonNode links = Json.MAPPER.readTree(data.toFile());
        for (Reference r : references) {
            JsonNode entry = links.get(r.citations().get(0).citedUrl());
            assertTrue(entry != null, r.url());
            assertEquals(SeedWeb.BROKEN.getOrDefault(r.url(), State.UNCHANGED).label(), entry.get("state").asText());
            assertEquals(r.citations().get(0).title(), entry.get("citedTitle").asText());
            String archived = entry.get("archived").asText();
            assertTrue(Files.isRegularFile(site.resolve(archived)), archived);
            assertEquals(site.toUri() + archived, entry.get("archivedUrl").asText());
            assertTrue(entry.get("capturedAt").asText().matches("\\d{4}-\\d\\d-\\d\\dT.*Z"), entry.toString());
            assertTrue(entry.has("since") && entry.has("liveTitle"), entry.toString());
        }
    }

    private void assertOnlyLocalRequests(String prefix) {
        assertEquals(List.of(), LocalRequests.outside(requests, prefix), "requests outside " + prefix);
        assertFalse(requests.isEmpty(), "the pages were opened");
    }

    private static Map<String, State> states() {
        try {
            return archive.status().stream().collect(Collectors.toMap(SourceStatus::url, SourceStatus::state));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
