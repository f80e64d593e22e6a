package org.refkeeper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refkeeper.imports.ImportReport;
import org.refkeeper.run.RunListener;
import org.refkeeper.report.RunEntry;
import org.refkeeper.testing.BundleRecords;
import org.refkeeper.testing.Habits.Page;
import org.refkeeper.testing.Habits;
import org.refkeeper.testing.HttpBlocks;
import org.refkeeper.testing.RawRecord;
import org.refkeeper.testing.TestCaptures;
import org.refkeeper.testing.WarcFiles;
import org.refkeeper.verdict.State;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.refkeeper.testing.Habits.CRAWL1;
import static org.refkeeper.testing.Habits.CRAWL2;

/** Each writer's habit imports whole and exact: pages found, records copied as written, bundles valid. */
class ImportHabitsTest {
    static final String A = "https://www.example.org/a";
    static final String B = "https://www.example.org/b";
    static final String C = "https://www.example.org/c";
    static final String CSS = "https://www.example.org/style.css";
    static final String LOGO = "https://www.example.org/logo.png";

    @TempDir
    Path dir;

    static String text(String page) {
        return ("This is page " + page + " of a small site that a crawler archived; it says enough to be an "
                + "article with a main text. ").repeat(4);
    }

    static List<Page> site(String... pages) {
        List<Page> all = new ArrayList<>();
        for (String url : pages) {
            String name = url.substring(url.lastIndexOf('/') + 1);
            all.add(Page.html(url, Habits.article("Page " + name, text(name), "style.css", "logo.png")));
        }
        all.add(Page.of(CSS, "text/css", "article { color: #333 }".getBytes(StandardCharsets.UTF_8)));
        all.add(Page.of(LOGO, "image/png", TestCaptures.LOGO_PNG));
        return all;
    }

    @Test
    void heritrixRevisitsOfPagesResolveAcrossTheFilesOfAnImportAndAgainstTheArchive() throws Exception {
        Path crawl1 = WarcFiles.gzipPerRecord(dir.resolve("crawl1.warc.gz"), Habits.heritrix(CRAWL1, site(A, B), false));
        List<RawRecord> second = new ArrayList<>(Habits.heritrix(CRAWL2, site(A, B), true));
        second.addAll(Habits.heritrix(CRAWL2.plusSeconds(60), List.of(site(C).get(0)), false));
        Path crawl2 = WarcFiles.gzipPerRecord(dir.resolve("crawl2.warc.gz"), second);

        // alone, the second crawl's revisits stand for nothing: said by name, not dropped in silence
        try (Archive alone = Archive.open(dir.resolve("alone"))) {
            ImportReport report = alone.importFiles(List.of(crawl2), RunListener.NONE);
            assertEquals(List.of(C), report.run().sources().stream().map(RunEntry::url).toList());
            for (String url : List.of(A, B)) {
                assertTrue(report.skipped().stream().anyMatch(s -> s.url().equals(url)
                        && s.reason().contains("whose original " + RawRecord.sha1(site(A, B).get(url.equals(A) ? 0 : 1)
                        .body()) + " is in none of the files given and not in the archive")), report.skipped().toString());
            }
        }
        // given together, the second crawl is the pages' latest capture, the first their history
        try (Archive together = Archive.open(dir.resolve("together"))) {
            ImportReport report = together.importFiles(List.of(crawl1, crawl2), RunListener.NONE);
            assertEquals(1, report.earlier().size());
            assertEquals(List.of(State.NEW, State.NEW, State.NEW), states(report.earlier().get(0)));
            assertEquals(List.of(A, B), report.run().sources().stream().map(RunEntry::url).toList());
            assertEquals(List.of(State.UNCHANGED, State.UNCHANGED), states(report.run()));
            assertTrue(together.verify().ok(), together.verify().problems().toString());
        }
        // one after the other, the second crawl's revisits are resolved against the archive
        try (Archive after = Archive.open(dir.resolve("after"))) {
            after.importFiles(List.of(crawl1), RunListener.NONE);
            ImportReport report = after.importFiles(List.of(crawl2), RunListener.NONE);
            assertEquals(List.of(), report.skipped());
            assertEquals(List.of(State.UNCHANGED, State.UNCHANGED, State.NEW), states(report.run()));
            assertTrue(after.verify().ok(), after.verify().problems().toString());
            BundleRecords.assertAllValid(after.root());
        }
    }

    @Test
    void aHeritrixPageBundleHoldsItsOwnRecordsCopiedAsWrittenAndNothingOfTheOtherPages() throws Exception {
        List<RawRecord> records = Habits.heritrix(CRAWL1, site(A, B), false);
        Path crawl = WarcFiles.gzipPerRecord(dir.resolve("crawl.warc.gz"), records);
        try (Archive archive = Archive.open(dir.resolve("archive"))) {
            archive.importFiles(List.of(crawl), RunListener.NONE);
            List<BundleRecords.Rec> a = BundleRecords.of(archive.root().resolve(archive.source(A).captures().get(0)));
            List<BundleRecords.Rec> b = BundleRecords.of(archive.root().resolve(archive.source(B).captures().get(0)));

            assertFalse(a.stream().anyMatch(r -> r.target().equals(B)), "A's bundle holds nothing of B");
            assertFalse(b.stream().anyMatch(r -> r.target().equals(A)), "B's bundle holds nothing of A");
            // A, first, holds the shared sheet and picture; B refers to them by revisit records
            assertEquals(List.of("warcinfo", "warcinfo", "response", "request", "metadata", "response", "request",
                    "metadata", "response", "request", "metadata", "resource", "metadata"),
                    a.stream().map(BundleRecords.Rec::type).toList());
            assertEquals("revisit", b.stream().filter(r -> r.target().equals(LOGO)).findFirst().orElseThrow().type());
            assertEquals(10, records.stream().filter(o -> a.stream()
                    .anyMatch(r -> r.field("WARC-Record-ID").equals(o.id()))).count(), "warcinfo and A, sheet, logo");
            for (RawRecord original : records) {
                String bytes = new String(original.bytes(), StandardCharsets.ISO_8859_1);
                a.stream().filter(r -> r.field("WARC-Record-ID").equals(original.id())).forEach(copy -> {
                    assertTrue(bytes.contains(new String(copy.block(), StandardCharsets.ISO_8859_1)),
                            "block copied byte for byte: " + copy.field("WARC-Record-ID"));
                    assertTrue(bytes.startsWith(copy.version()), copy.version());
                    copy.fields().map().forEach((name, values) -> values.forEach(v -> assertTrue(
                            name.equals("Content-Length") || bytes.contains(name + ": " + v), name + ": " + v)));
                });
            }
            BundleRecords.assertAllValid(archive.root());
        }
    }

    @Test
    void wgetsBracketedTargetUriIsCopiedAsWrittenAndIndexedWithout() throws Exception {
        Path wget = WarcFiles.gzipPerRecord(dir.resolve("wget.warc.gz"), Habits.wget(CRAWL1, site(A)));
        try (Archive archive = Archive.open(dir.resolve("archive"))) {
            ImportReport report = archive.importFiles(List.of(wget), RunListener.NONE);
            assertEquals(List.of(State.NEW), states(report.run()));
            Path bundle = archive.root().resolve(archive.source(A).captures().get(0));
            BundleRecords.Rec response = BundleRecords.of(bundle).stream().filter(r -> r.type().equals("response")
                    && r.target().equals("<" + A + ">")).findFirst().orElseThrow();
            assertEquals("192.0.2.8", response.field("WARC-IP-Address"));
            assertTrue(Files.readString(archive.root().resolve("index.cdxj")).contains("\"url\":\"" + A + "\""));
            assertTrue(archive.verify().ok(), archive.verify().problems().toString());
            BundleRecords.assertAllValid(archive.root());
        }
    }

    @Test
    void warcproxsChunkedBodyIsKeptAsSentAndItsDigestCorrectedBesideTheStatedOne() throws Exception {
        byte[] html = Habits.article("Chunked", text("chunked"), "style.css", "logo.png");
        RawRecord record = Habits.warcprox(A, CRAWL1, "text/html; charset=utf-8", html);
        Path file = WarcFiles.gzipPerRecord(dir.resolve("warcprox.warc.gz"), List.of(record));
        String stated = new String(record.bytes(), StandardCharsets.ISO_8859_1).lines()
                .filter(l -> l.startsWith("WARC-Payload-Digest: ")).findFirst().orElseThrow().substring(21);
        try (Archive archive = Archive.open(dir.resolve("archive"))) {
            archive.importFiles(List.of(file), RunListener.NONE);
            BundleRecords.Rec copy = BundleRecords.of(archive.root().resolve(archive.source(A).captures().get(0)))
                    .stream().filter(r -> r.type().equals("response")).findFirst().orElseThrow();
            assertTrue(new String(copy.block(), StandardCharsets.ISO_8859_1).startsWith("HTTP/1.1 200 Okay Then\r\n"
                    + "Server: nginx/1.14.0\r\nContent-Type: text/html; charset=utf-8\r\nTransfer-Encoding: chunked"));
            assertTrue(new String(record.bytes(), StandardCharsets.ISO_8859_1)
                    .contains(new String(copy.block(), StandardCharsets.ISO_8859_1)));
            assertEquals(stated, copy.field("X-Archive-Orig-WARC-Payload-Digest"));
            assertEquals(RawRecord.sha1(html), copy.field("WARC-Payload-Digest"));
            assertTrue(archive.verify().ok(), archive.verify().problems().toString());
            BundleRecords.assertAllValid(archive.root());
            assertTrue(Files.readString(archive.root().resolve("sources/" + archive.source(A).id() + "/content.md"))
                    .contains("This is page chunked"));
        }
    }

    @Test
    void wholeFileGzipOldDraftsBrotliResourcePagesAndArcFilesImport() throws Exception {
        List<Path> files = new ArrayList<>();
        files.add(WarcFiles.gzipWhole(dir.resolve("whole.warc.gz"), List.of(page(A, CRAWL1))));
        files.add(WarcFiles.plain(dir.resolve("draft17.warc"), List.of(page(B, CRAWL1).version("WARC/0.17"))));
        files.add(WarcFiles.plain(dir.resolve("draft18.warc"), List.of(page(C, CRAWL1).version("WARC/0.18"))));
        String br = "https://br.example.org/post";
        files.add(WarcFiles.gzipPerRecord(dir.resolve("brotli.warc.gz"), List.of(Habits.brotli(br, CRAWL1,
                "text/html; charset=utf-8", Habits.article("Brotli", text("brotli"), "s.css", "l.png")))));
        String resource = "https://webrecorder.example.org/note";
        files.add(WarcFiles.gzipPerRecord(dir.resolve("resource.warc.gz"), List.of(RawRecord.of("resource", resource,
                CRAWL1).block("text/html", Habits.article("Resource", text("resource"), "s.css", "l.png")))));
        String old = "http://www.example.com/";
        String http = "HTTP/1.0 200 OK\r\nContent-Type: text/html\r\n\r\n"
                + new String(Habits.article("ARC", text("arc"), "s.css", "l.png"), StandardCharsets.ISO_8859_1);
        String header = "1 0 Alexa Internet\nURL IP-address Archive-date Content-type Archive-length\n";
        files.add(Files.writeString(dir.resolve("old.arc"), "filedesc://old.arc 0.0.0.0 19960815010203 text/plain "
                + header.length() + "\n" + header + "\n" + old + " 192.0.2.1 19960815010203 text/html "
                + http.length() + "\n" + http + "\n", StandardCharsets.ISO_8859_1));

        try (Archive archive = Archive.open(dir.resolve("archive"))) {
            ImportReport report = archive.importFiles(files, RunListener.NONE);
            assertEquals(List.of(), report.rejected());
            assertEquals(List.of(), report.problems());
            for (String url : List.of(A, B, C, br, resource, old)) {
                RunEntry entry = report.run().sources().stream().filter(e -> e.url().equals(url)).findFirst()
                        .orElseThrow(() -> new AssertionError(url + " " + report.run().sources()));
                assertEquals(State.NEW, entry.state(), entry.toString());
            }
            assertEquals("WARC/0.18", record(archive, C, "response").version());
            BundleRecords.Rec arc = record(archive, old, "response");
            assertEquals("WARC/1.1", arc.version());
            assertEquals("192.0.2.1", arc.field("WARC-IP-Address"));
            assertEquals("1996-08-15T01:02:03Z", arc.field("WARC-Date"));
            assertTrue(new String(record(archive, br, "response").block(), StandardCharsets.ISO_8859_1)
                    .contains("Content-Encoding: br"), "the brotli body is kept as sent");
            assertTrue(content(archive, br).contains("This is page brotli"));
            assertEquals("resource", record(archive, resource, "resource").type());
            assertTrue(archive.verify().ok(), archive.verify().problems().toString());
            BundleRecords.assertAllValid(archive.root());
            Path restored = dir.resolve("restored");
            archive.restore(resource, Optional.empty(), restored, false);
            assertTrue(Files.readString(restored.resolve("index.html")).contains("This is page resource"));
        }
    }

    static RawRecord page(String url, java.time.Instant at) {
        String name = url.substring(url.lastIndexOf('/') + 1);
        return RawRecord.response(url, at, HttpBlocks.ok("text/html; charset=utf-8",
                Habits.article("Page " + name, text(name), "style.css", "logo.png")));
    }

    static BundleRecords.Rec record(Archive archive, String url, String type) throws Exception {
        return BundleRecords.of(archive.root().resolve(archive.source(url).captures().get(0))).stream()
                .filter(r -> r.type().equals(type) && r.target().replaceAll("[<>]", "").equals(url)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " for " + url));
    }

    static String content(Archive archive, String url) throws Exception {
        return Files.readString(archive.root().resolve("sources/" + archive.source(url).id() + "/content.md"));
    }

    static List<State> states(org.refkeeper.report.RunReport run) {
        return run.sources().stream().map(RunEntry::state).toList();
    }
}
