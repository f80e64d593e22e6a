package org.refkeeper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refkeeper.imports.ImportReport;
import org.refkeeper.testing.BundleRecords;
import org.refkeeper.testing.Habits;
import org.refkeeper.testing.HttpBlocks;
import org.refkeeper.testing.Pngs;
import org.refkeeper.testing.RawRecord;
import org.refkeeper.testing.Restored;
import org.refkeeper.testing.WarcFiles;

import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.refkeeper.ImportToolsTest.urls;
import static org.refkeeper.testing.ToolSite.A;
import static org.refkeeper.testing.ToolSite.B;
import static org.refkeeper.testing.ToolSite.LOGO;
import static org.refkeeper.testing.ToolSite.T;
import static org.refkeeper.testing.ToolSite.html;
import static org.refkeeper.testing.ToolSite.pages;
import static org.refkeeper.testing.ToolSite.resources;

/**
 * Records as careless or old writers leave them, each habit in a file of its own: the pages still come back
 * whole, restored offline, and the archive verifies.
 */
class ImportOddRecordsTest {
    @TempDir
    Path dir;

    /** The site's records, plain responses, one second apart. */
    private static List<RawRecord> site() {
        List<RawRecord> records = new ArrayList<>();
        List<Habits.Page> site = pages("a");
        for (int i = 0; i < site.size(); i++) {
            records.add(RawRecord.response(site.get(i).url(), T.plusSeconds(i),
                    HttpBlocks.ok(site.get(i).type(), site.get(i).body())));
        }
        return records;
    }

    private void assertWhole(String name, List<RawRecord> records) throws Exception {
        Path archive = dir.resolve(name);
        ImportReport report = Restored.imported(archive, List.of(WarcFiles.plain(dir.resolve(name + ".warc"), records)));
        assertEquals(List.of(A, B), urls(report), name);
        Restored.whole(archive, A, "This is page a", resources());
        Restored.whole(archive, B, "This is page b", resources());
    }

    @Test
    void lineEndsWithoutCarriageReturnsInRecordsAndTheirHttpHeads() throws Exception {
        List<RawRecord> records = new ArrayList<>();
        for (Habits.Page p : pages("a")) {
            byte[] head = ("HTTP/1.1 200 OK\nContent-Type: " + p.type() + "\nContent-Length: " + p.body().length
                    + "\n\n").getBytes(StandardCharsets.US_ASCII);
            byte[] http = new byte[head.length + p.body().length];
            System.arraycopy(head, 0, http, 0, head.length);
            System.arraycopy(p.body(), 0, http, head.length, p.body().length);
            records.add(RawRecord.response(p.url(), T.plusSeconds(records.size()), http).eol("\n"));
        }
        assertWhole("lf", records);
    }

    @Test
    void recordsWithoutIdsAreImportedWithIdsOfTheirOwn() throws Exception {
        List<RawRecord> records = site();
        records.forEach(r -> r.set("WARC-Record-ID", null));
        assertWhole("no-ids", records);
        for (Path bundle : BundleRecords.bundles(dir.resolve("no-ids"))) {
            for (BundleRecords.Rec r : BundleRecords.of(bundle)) {
                assertTrue(r.field("WARC-Record-ID").matches("<urn:uuid:[0-9a-f-]{36}>"), r.fields().toString());
            }
        }
    }

    @Test
    void addressesWithSpacesAndRawUtf8AsWrittenInTargetUriAndMarkup() throws Exception {
        String page = "https://www.example.org/notes 2019/été";
        String css = "https://www.example.org/notes 2019/my style.css";
        String logo = "https://www.example.org/notes 2019/lögo.png";
        byte[] article = Habits.article("Page u", org.refkeeper.testing.ToolSite.text("u"), "my style.css", "lögo.png");
        Path warc = WarcFiles.gzipPerRecord(dir.resolve("utf8.warc.gz"), List.of(
                RawRecord.response(page, T, HttpBlocks.ok("text/html; charset=utf-8", article)),
                RawRecord.response(css, T.plusSeconds(1), HttpBlocks.ok("text/css",
                        org.refkeeper.testing.ToolSite.CSS_BYTES)),
                RawRecord.response(logo, T.plusSeconds(2), HttpBlocks.ok("image/png",
                        org.refkeeper.testing.ToolSite.LOGO_BYTES)),
                RawRecord.response(B, T.plusSeconds(3), HttpBlocks.ok("text/html; charset=utf-8", html("b",
                        "notes%202019/my%20style.css", "notes%202019/l%C3%B6go.png", "/")))));
        Restored.imported(dir.resolve("utf8"), List.of(warc));
        Restored.whole(dir.resolve("utf8"), page, "This is page u", resources());
        Restored.whole(dir.resolve("utf8"), B, "This is page b", resources());
    }

    @Test
    void idsNumberedAnewInEveryFileNameTheRecordOfTheirOwnFile() throws Exception {
        byte[] newLogo = Pngs.solid(3, 3, Color.RED);
        List<RawRecord> first = site();
        for (int i = 0; i < first.size(); i++) {
            first.get(i).set("WARC-Record-ID", counted(i + 1));
        }
        // the next day's crawl fetched the new picture first (for page D, which does not show it), then, later,
        // page C, whose picture is a revisit naming that response by its id: an id crawl-1 gave to page A
        Instant next = T.plusSeconds(86_400);
        String c = "https://www.example.org/c";
        String d = "https://www.example.org/d";
        RawRecord picture = RawRecord.response(LOGO, next, HttpBlocks.ok("image/png", newLogo))
                .set("WARC-Record-ID", counted(1));
        RawRecord pageD = RawRecord.response(d, next.plusSeconds(1), HttpBlocks.ok("text/html; charset=utf-8",
                html("d", "style.css", "none.png", "a"))).set("WARC-Record-ID", counted(2));
        RawRecord pageC = RawRecord.response(c, next.plusSeconds(100), HttpBlocks.ok("text/html; charset=utf-8",
                html("c", "style.css", "logo.png", "a"))).set("WARC-Record-ID", counted(3));
        RawRecord revisit = RawRecord.of("revisit", LOGO, next.plusSeconds(101)).set("WARC-Record-ID", counted(4))
                .field("WARC-Profile", "http://netpreserve.org/warc/1.0/revisit/identical-payload-digest")
                .field("WARC-Refers-To", counted(1)).field("WARC-Payload-Digest", RawRecord.sha1(newLogo))
                .block("application/http; msgtype=response", HttpBlocks.head(HttpBlocks.ok("image/png", newLogo)));
        Path one = WarcFiles.plain(dir.resolve("crawl-1.warc"), first);
        Path two = WarcFiles.plain(dir.resolve("crawl-2.warc"), List.of(picture, pageD, pageC, revisit));

        ImportReport report = Restored.imported(dir.resolve("archive"), List.of(one, two));
        assertEquals(List.of(), report.skipped());
        Map<String, byte[]> used = new LinkedHashMap<>(resources());
        used.put("the picture", newLogo);
        Restored.whole(dir.resolve("archive"), c, "This is page c", used);
    }

    @Test
    void segmentsInTwoFilesJoinAndARecordWhoseLastSegmentIsMissingIsMarkedTruncated() throws Exception {
        List<RawRecord> records = site();
        byte[] http = HttpBlocks.ok("image/png", org.refkeeper.testing.ToolSite.LOGO_BYTES);
        List<RawRecord> segments = org.refkeeper.testing.ToolWarcs.segmented(LOGO, T.plusSeconds(2), http,
                org.refkeeper.testing.ToolSite.LOGO_BYTES, 50);
        records.set(2, segments.get(0));
        Path one = WarcFiles.gzipPerRecord(dir.resolve("crawl-00000.warc.gz"), records);
        Path two = WarcFiles.gzipPerRecord(dir.resolve("crawl-00001.warc.gz"), segments.subList(1, segments.size()));

        ImportReport both = Restored.imported(dir.resolve("both"), List.of(one, two));
        assertEquals(List.of(), both.problems());
        Restored.whole(dir.resolve("both"), A, "This is page a", resources());

        ImportReport alone = Restored.imported(dir.resolve("alone"), List.of(one));
        assertEquals(1, alone.problems().size(), alone.problems().toString());
        assertTrue(alone.problems().get(0).toString().startsWith(one + ": at byte "), alone.problems().toString());
        assertTrue(alone.problems().get(0).message().contains("split into segments, whose segment 2 is in none of the "
                + "files given"), alone.problems().toString());
        BundleRecords.Rec logo = BundleRecords.of(dir.resolve("alone").resolve(ImportToolsTest.captures(
                dir.resolve("alone"), A))).stream().filter(r -> r.target().equals(LOGO)).findFirst().orElseThrow();
        assertEquals("unspecified", logo.field("WARC-Truncated"));
    }

    @Test
    void aWarcAndTheWaczThatPacksItAreOneCaptureOfEachPage() throws Exception {
        Path warc = WarcFiles.gzipPerRecord(dir.resolve("crawl.warc.gz"), site());
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("archive/crawl.warc.gz", Files.readAllBytes(warc));
        entries.put("pages/pages.jsonl", ("{\"format\":\"json-pages-1.0\",\"id\":\"pages\"}\n{\"url\":\"" + A
                + "\",\"ts\":\"" + T + "\",\"title\":\"Page a\"}\n").getBytes(StandardCharsets.UTF_8));
        Path wacz = WarcFiles.zip(dir.resolve("crawl.wacz"), entries);
        Path copy = Files.copy(warc, dir.resolve("crawl-copy.warc.gz"));

        for (List<Path> files : List.of(List.of(warc, wacz), List.of(warc, copy))) {
            Path archive = dir.resolve("archive-" + files.get(1).getFileName());
            ImportReport report = Restored.imported(archive, files);
            assertEquals(List.of(), report.earlier(), "no page captured twice: " + report.earlier());
            assertEquals(List.of(A, B), urls(report));
            Restored.whole(archive, A, "This is page a", resources());
            Restored.whole(archive, B, "This is page b", resources());
            List<String> targetsOfA = BundleRecords.of(archive.resolve(ImportToolsTest.captures(archive, A))).stream()
                    .map(BundleRecords.Rec::target).toList();
            assertFalse(targetsOfA.contains(B), "B's page is not A's: " + targetsOfA);
        }
    }

    private static String counted(int n) {
        return String.format("<urn:uuid:00000000-0000-4000-8000-%012d>", n);
    }
}
