package org.refkeeper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refkeeper.imports.ImportReport;
import org.refkeeper.run.RunListener;
import org.refkeeper.report.RunEntry;
import org.refkeeper.report.RunReport;
import org.refkeeper.testing.BundleRecords;
import org.refkeeper.testing.Habits;
import org.refkeeper.testing.HttpBlocks;
import org.refkeeper.testing.RawRecord;
import org.refkeeper.testing.WarcFiles;
import org.refkeeper.verdict.State;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.refkeeper.ImportHabitsTest.A;
import static org.refkeeper.ImportHabitsTest.page;
import static org.refkeeper.ImportHabitsTest.states;
import static org.refkeeper.ImportHabitsTest.text;
import static org.refkeeper.testing.Habits.CRAWL1;

/** The import's rules: lenient reading, revisits anywhere, one rule for duplicates, a page's bundle is that page. */
class ImportRulesTest {
    @TempDir
    Path dir;

    @Test
    void oneBadRecordNoLongerRejectsTheFile() throws Exception {
        byte[] ok = HttpBlocks.ok("text/html", HttpBlocks.html("x", "x"));
        List<RawRecord> records = List.of(page("https://a.example.org/", CRAWL1),
                RawRecord.response(null, CRAWL1, ok),
                page("https://b.example.org/", CRAWL1).set("WARC-Date", "2019-08-15T01:02"),
                RawRecord.response("https://c.example.org/", CRAWL1, HttpBlocks.message("HTTPX/1.1 200 OK",
                        List.of(), new byte[0])),
                page("https://d.example.org/", CRAWL1).eol("\r\r\n"),
                RawRecord.request("https://e.example.org/", CRAWL1, ok),
                page("https://f.example.org/", CRAWL1).cutTo(900));
        Path file = WarcFiles.plain(dir.resolve("mixed.warc"), records);
        try (Archive archive = Archive.open(dir.resolve("archive"))) {
            ImportReport report = archive.importFiles(List.of(file), RunListener.NONE);

            assertEquals(List.of(), report.rejected());
            assertEquals(List.of("https://a.example.org/", "https://b.example.org/", "https://d.example.org/",
                    "https://f.example.org/"), report.run().sources().stream().map(RunEntry::url).sorted().toList());
            assertEquals(5, report.problems().size(), report.problems().toString());
            assertTrue(report.problems().stream().allMatch(p -> p.file().equals(file.toString())));
            assertTrue(report.problems().get(4).message().contains("marked WARC-Truncated"));
            BundleRecords.Rec cut = ImportHabitsTest.record(archive, "https://f.example.org/", "response");
            assertEquals("unspecified", cut.field("WARC-Truncated"));
            String head = new String(cut.block(), StandardCharsets.ISO_8859_1).split("\r\n\r\n")[0];
            int stored = cut.block().length - head.length() - 4;
            assertTrue(head.contains("\r\nContent-Length: " + stored + "\r\nX-Archive-Orig-Content-Length: "), head);
            BundleRecords.Rec shortDate = ImportHabitsTest.record(archive, "https://b.example.org/", "response");
            assertEquals("2019-08-15T01:02:00Z", shortDate.field("WARC-Date"));
            assertEquals("2019-08-15T01:02", shortDate.field("X-Archive-Orig-WARC-Date"));
            assertTrue(archive.verify().ok(), archive.verify().problems().toString());
            BundleRecords.assertAllValid(archive.root());
        }
    }

    @Test
    void aFileOfUriAgnosticRevisitsImportsWithItsOriginalsFromAnotherFileOrTheArchive() throws Exception {
        String original = "https://cdn.example.net/articles/1.html";
        String mirror = "https://mirror.example.com/articles/1";
        byte[] html = Habits.article("Mirrored", text("mirrored"), "s.css", "l.png");
        RawRecord response = RawRecord.response(original, CRAWL1, HttpBlocks.ok("text/html", html));
        Path first = WarcFiles.gzipPerRecord(dir.resolve("cdn.warc.gz"), List.of(response));
        // named by id, URI and date only, without a payload digest (as server-not-modified revisits are written)
        RawRecord revisit = RawRecord.of("revisit", mirror, CRAWL1.plusSeconds(3600))
                .field("WARC-Profile", "http://netpreserve.org/warc/1.1/revisit/server-not-modified")
                .field("WARC-Refers-To", response.id()).field("WARC-Refers-To-Target-URI", original)
                .field("WARC-Refers-To-Date", CRAWL1.toString())
                .block("application/http; msgtype=response", HttpBlocks.head(HttpBlocks.ok("text/html", html)));
        Path second = WarcFiles.gzipPerRecord(dir.resolve("mirror.warc.gz"), List.of(revisit));

        try (Archive together = Archive.open(dir.resolve("together"))) {
            ImportReport report = together.importFiles(List.of(second, first), RunListener.NONE);
            assertEquals(State.NEW, entry(report, mirror).state());
            assertTrue(ImportHabitsTest.content(together, mirror).contains("This is page mirrored"));
            assertTrue(together.verify().ok(), together.verify().problems().toString());
        }
        try (Archive later = Archive.open(dir.resolve("later"))) {
            later.importFiles(List.of(first), RunListener.NONE);
            ImportReport report = later.importFiles(List.of(second), RunListener.NONE);
            assertEquals(List.of(State.NEW), states(report.run()));
            assertTrue(ImportHabitsTest.content(later, mirror).contains("This is page mirrored"));
            Path restored = dir.resolve("restored");
            later.restore(mirror, java.util.Optional.empty(), restored, false);
            assertTrue(Files.readString(restored.resolve("index.html")).contains("This is page mirrored"));
            // exported alone, the mirror takes the bundle of its original along, found by URI and date
            Path wacz = dir.resolve("mirror.wacz");
            assertEquals(2, later.exportWacz(wacz, List.of(mirror)).bundles());
            try (Archive elsewhere = Archive.open(dir.resolve("elsewhere"))) {
                elsewhere.importFiles(List.of(wacz), RunListener.NONE);
                assertTrue(ImportHabitsTest.content(elsewhere, mirror).contains("This is page mirrored"));
            }
        }
    }

    @Test
    void theLatestCaptureOfAPageIsThePageAndTheEarlierOnesAreItsHistoryWhateverTheFileOrder() throws Exception {
        Path one = WarcFiles.plain(dir.resolve("one.warc"), List.of(version(1, CRAWL1)));
        Path two = WarcFiles.plain(dir.resolve("two.warc"), List.of(version(3, CRAWL1.plusSeconds(7200)),
                version(2, CRAWL1.plusSeconds(3600))));
        for (List<Path> order : List.of(List.of(one, two), List.of(two, one))) {
            Path root = dir.resolve("archive-" + order.get(0).getFileName());
            try (Archive archive = Archive.open(root)) {
                ImportReport report = archive.importFiles(order, RunListener.NONE);
                List<RunReport> runs = new ArrayList<>(report.earlier());
                runs.add(report.run());
                assertEquals(List.of(State.NEW, State.CHANGED, State.CHANGED),
                        runs.stream().map(r -> r.sources().get(0).state()).toList());
                assertEquals(3, archive.source(A).captures().size());
                assertTrue(ImportHabitsTest.content(archive, A).contains("version 3"));
                assertEquals(List.of(), report.skipped());
                // again: nothing new, nothing written
                long bundles = BundleRecords.bundles(root).size();
                ImportReport again = archive.importFiles(order, RunListener.NONE);
                assertEquals(List.of(State.UNCHANGED), states(again.run()));
                assertEquals(bundles, BundleRecords.bundles(root).size());
            }
        }
    }

    private static RawRecord version(int n, Instant at) {
        return RawRecord.response(A, at, HttpBlocks.ok("text/html; charset=utf-8", Habits.article("Page a",
                text("a") + " This is version " + n + ".", "style.css", "logo.png")));
    }

    @Test
    void aBrowsingSessionOfThreeSitesGivesThreeBundlesEachWithItsOwnPageOnly() throws Exception {
        String news = "https://news.example.com/story";
        String blog = "https://blog.example.net/post";
        String shop = "https://shop.example.org/item";
        List<RawRecord> records = new ArrayList<>();
        Instant t = CRAWL1;
        session(records, news, t, List.of("https://news.example.com/s.css", "https://fonts.example.io/f.woff2"),
                List.of("https://news.example.com/api/comments"));
        session(records, blog, t.plusSeconds(30), List.of("https://blog.example.net/b.css",
                "https://fonts.example.io/f.woff2"), List.of("https://stats.example.io/hit"));
        session(records, shop, t.plusSeconds(60), List.of("https://shop.example.org/i.png"), List.of());
        Path file = WarcFiles.gzipPerRecord(dir.resolve("session.warc.gz"), records);
        try (Archive archive = Archive.open(dir.resolve("archive"))) {
            ImportReport report = archive.importFiles(List.of(file), RunListener.NONE);
            assertEquals(Set.of(news, blog, shop), Set.copyOf(report.run().sources().stream().map(RunEntry::url)
                    .toList()));
            assertEquals(Set.of(news, "https://news.example.com/s.css", "https://fonts.example.io/f.woff2",
                    "https://news.example.com/api/comments"), targets(archive, news));
            assertEquals(Set.of(blog, "https://blog.example.net/b.css", "https://fonts.example.io/f.woff2",
                    "https://stats.example.io/hit"), targets(archive, blog));
            assertEquals(Set.of(shop, "https://shop.example.org/i.png"), targets(archive, shop));
            BundleRecords.assertAllValid(archive.root());
        }
    }

    /**
     * A page as a browser records it: the document, what its HTML names (each fetched with the page as Referer,
     * or only its origin across sites), and what its scripts fetched (not in the HTML).
     */
    private static void session(List<RawRecord> records, String page, Instant at, List<String> used,
                                List<String> fetched) {
        StringBuilder html = new StringBuilder("<p>" + text(page) + "</p>");
        for (String url : used) {
            html.append(url.endsWith(".css") ? "<link rel=stylesheet href=\"" + url + "\">"
                    : url.endsWith(".woff2") ? "<style>@font-face{src:url(" + url + ")}</style>"
                    : "<img src=\"" + url + "\">");
        }
        records.add(RawRecord.response(page, at, HttpBlocks.ok("text/html", HttpBlocks.html(page, "<article>"
                + html + "</article>"))));
        int second = 1;
        List<String> all = new ArrayList<>(used);
        all.addAll(fetched);
        String origin = page.replaceFirst("(https://[^/]+).*", "$1");
        for (String url : all) {
            Instant when = at.plusSeconds(second++);
            String referer = url.startsWith(origin) ? page : origin + "/";
            RawRecord response = RawRecord.response(url, when, HttpBlocks.ok("application/octet-stream",
                    ("body of " + url).getBytes(StandardCharsets.UTF_8)));
            records.add(response);
            records.add(RawRecord.request(url, when, HttpBlocks.get("/", "x", List.of("Referer: " + referer)))
                    .field("WARC-Concurrent-To", response.id()));
        }
    }

    private static Set<String> targets(Archive archive, String url) throws Exception {
        Set<String> targets = new TreeSet<>();
        for (BundleRecords.Rec r : BundleRecords.of(archive.root().resolve(archive.source(url).captures().get(0)))) {
            if (r.target().startsWith("http")) {
                targets.add(r.target());
            }
        }
        return targets;
    }

    private static RunEntry entry(ImportReport report, String url) {
        List<RunEntry> all = new ArrayList<>();
        report.earlier().forEach(r -> all.addAll(r.sources()));
        all.addAll(report.run().sources());
        return all.stream().filter(e -> e.url().equals(url)).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError(url + " not in " + all));
    }
}
