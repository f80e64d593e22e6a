package org.refkeeper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refkeeper.imports.ImportReport;
import org.refkeeper.report.RunEntry;
import org.refkeeper.testing.BundleRecords;
import org.refkeeper.testing.Habits;
import org.refkeeper.testing.HttpBlocks;
import org.refkeeper.testing.RawRecord;
import org.refkeeper.testing.RecorderWacz;
import org.refkeeper.testing.Restored;
import org.refkeeper.testing.ToolWarcs;
import org.refkeeper.testing.WarcFiles;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.refkeeper.testing.ToolSite.A;
import static org.refkeeper.testing.ToolSite.B;
import static org.refkeeper.testing.ToolSite.CSS;
import static org.refkeeper.testing.ToolSite.CSS_BYTES;
import static org.refkeeper.testing.ToolSite.LOGO;
import static org.refkeeper.testing.ToolSite.LOGO_BYTES;
import static org.refkeeper.testing.ToolSite.T;
import static org.refkeeper.testing.ToolSite.html;
import static org.refkeeper.testing.ToolSite.pages;
import static org.refkeeper.testing.ToolSite.resources;

/**
 * Each tool's file, written as that tool writes it, imported into a new archive: the archive verifies, and every
 * page restored offline shows its text and every resource it uses, byte for byte.
 */
class ImportToolsTest {
    private static final Instant NEXT_DAY = T.plusSeconds(86_400);

    @TempDir
    Path dir;

    @Test
    void wgetsWarcFileWithChunkedBodiesAndItsLogRestoresEveryPage() throws Exception {
        Path warc = ToolWarcs.wget(dir.resolve("site.warc.gz"), T, pages("a"));
        ImportReport report = Restored.imported(dir.resolve("archive"), List.of(warc));

        assertEquals(List.of(A, B), urls(report), "the log and the manifest are no pages");
        assertEquals(List.of(), report.problems());
        BundleRecords.Rec response = BundleRecords.of(dir.resolve("archive").resolve(captures(dir.resolve("archive"), A)))
                .stream().filter(r -> r.type().equals("response") && r.target().equals("<" + A + ">")).findFirst()
                .orElseThrow();
        assertTrue(new String(response.block(), java.nio.charset.StandardCharsets.ISO_8859_1).startsWith(
                "HTTP/1.1 200 OK\r\nServer: nginx\r\nContent-Type: text/html; charset=utf-8\r\nTransfer-Encoding: "
                        + "chunked\r\n\r\n40\r\n"), "the chunks kept as wget stored them");
        Restored.whole(dir.resolve("archive"), A, "This is page a", resources());
        Restored.whole(dir.resolve("archive"), B, "This is page b", resources());
    }

    @Test
    void warcioRevisitsResolveToOriginalsInAnotherFileTogetherOrOneAfterTheOther() throws Exception {
        List<RawRecord> first = new ArrayList<>();
        for (Habits.Page p : pages("a")) {
            first.add(ToolWarcs.warcio("WARC/1.0", p.url(), at(p), p.type(), p.body()));
        }
        // the next day: A changed; its sheet answered 304 to pywb's conditional request, its picture is the same
        // payload, and B's page is a revisit too
        byte[] a2 = html("a2", "style.css", "logo.png", "b");
        List<RawRecord> second = List.of(ToolWarcs.warcio("WARC/1.1", A, NEXT_DAY, "text/html; charset=utf-8", a2),
                ToolWarcs.notModified(CSS, NEXT_DAY.plusSeconds(1), at(pages("a").get(1))),
                ToolWarcs.identical("WARC/1.1", LOGO, NEXT_DAY.plusSeconds(2), at(pages("a").get(2)), "image/png",
                        LOGO_BYTES),
                ToolWarcs.identical("WARC/1.1", B, NEXT_DAY.plusSeconds(3), at(pages("a").get(3)),
                        "text/html; charset=utf-8", pages("a").get(3).body()),
                ToolWarcs.notModified(CSS, NEXT_DAY.plusSeconds(4), at(pages("a").get(1))));
        Path one = WarcFiles.gzipPerRecord(dir.resolve("rec-1.warc.gz"), first);
        Path two = WarcFiles.gzipPerRecord(dir.resolve("rec-2.warc.gz"), second);

        ImportReport together = Restored.imported(dir.resolve("together"), List.of(one, two));
        assertEquals(List.of(), together.skipped());
        Restored.whole(dir.resolve("together"), A, "This is page a2", resources());
        Restored.whole(dir.resolve("together"), B, "This is page b", resources());

        Restored.imported(dir.resolve("after"), List.of(one));
        ImportReport after = Restored.imported(dir.resolve("after"), List.of(two));
        assertEquals(List.of(), after.skipped());
        assertEquals(List.of(A, B), urls(after));
        Restored.whole(dir.resolve("after"), A, "This is page a2", resources());
        Restored.whole(dir.resolve("after"), B, "This is page b", resources());
    }

    @Test
    void heritrixCrawlWithDnsOutlinksTruncatedAndSegmentedRecordsRestoresEveryPage() throws Exception {
        List<RawRecord> records = new ArrayList<>();
        records.add(ToolWarcs.dns("www.example.org", T));
        byte[] big = new byte[6000];
        new java.util.Random(7).nextBytes(big);
        List<Habits.Page> site = pages("a");
        for (int i = 0; i < site.size(); i++) {
            Habits.Page p = site.get(i);
            Instant at = T.plusSeconds(i + 1);
            byte[] http = HttpBlocks.ok(p.type(), p.body());
            List<RawRecord> main = p.url().equals(LOGO) ? ToolWarcs.segmented(LOGO, at, http, p.body(), 60)
                    : List.of(RawRecord.response(p.url(), at, http).field("WARC-IP-Address", "192.0.2.7"));
            records.addAll(main);
            records.add(ToolWarcs.outlinks(p.url(), at, main.get(0).id(), i == 0 ? List.of(CSS, LOGO, B) : List.of()));
        }
        records.add(ToolWarcs.truncated("https://www.example.org/big.jpg", T.plusSeconds(9), "image/jpeg", big, 2000));
        Path warc = WarcFiles.gzipPerRecord(dir.resolve("crawl.warc.gz"), records);

        ImportReport report = Restored.imported(dir.resolve("archive"), List.of(warc));
        assertEquals(List.of(A, B), urls(report), "a DNS lookup is no page");
        // every segment joined; what is said is that the crawler kept only part of the big picture
        assertEquals(1, report.problems().size(), report.problems().toString());
        assertTrue(report.problems().get(0).message().startsWith("the tool that wrote it kept only part of the body "
                + "(WARC-Truncated: length)"), report.problems().toString());
        Restored.whole(dir.resolve("archive"), A, "This is page a", resources());
        Restored.whole(dir.resolve("archive"), B, "This is page b", resources());
        BundleRecords.Rec logo = BundleRecords.of(dir.resolve("archive").resolve(captures(dir.resolve("archive"), A)))
                .stream().filter(r -> r.target().equals(LOGO)).findFirst().orElseThrow();
        assertEquals("1", logo.field("X-Archive-Orig-WARC-Segment-Number"), "the joined record says it was joined");
        assertEquals("", logo.field("WARC-Segment-Number"), "and is no segment any more");
        assertEquals(RawRecord.sha1(LOGO_BYTES), logo.field("WARC-Payload-Digest"));
    }

    @Test
    void browsertrixPackageOfTwoWarcsWithHttp2LinesAndDecodedBodiesRestoresEveryPage() throws Exception {
        Path wacz = RecorderWacz.browsertrix(dir.resolve("crawl.wacz"), T);
        ImportReport report = Restored.imported(dir.resolve("archive"), List.of(wacz));

        assertEquals(List.of(A, B), urls(report), "the seed and the page found from it");
        Restored.whole(dir.resolve("archive"), A, "This is page a", resources());
        Restored.whole(dir.resolve("archive"), B, "This is page b", resources());
        List<String> targetsOfB = BundleRecords.of(dir.resolve("archive").resolve(captures(dir.resolve("archive"), B)))
                .stream().map(BundleRecords.Rec::target).toList();
        assertTrue(targetsOfB.contains("urn:pageinfo:" + B), targetsOfB.toString());
        assertFalse(targetsOfB.contains("urn:pageinfo:" + A), "nothing of A in B's bundle: " + targetsOfB);
    }

    @Test
    void archiveWebPagePackageWhosePageAndPictureLieInDifferentWarcsRestoresEveryPage() throws Exception {
        Path wacz = RecorderWacz.archiveWebPage(dir.resolve("session.wacz"), T);
        ImportReport report = Restored.imported(dir.resolve("archive"), List.of(wacz));

        assertEquals(List.of(A, B), urls(report));
        Restored.whole(dir.resolve("archive"), A, "This is page a", resources());
        Restored.whole(dir.resolve("archive"), B, "This is page b", resources());
        List<String> targetsOfB = BundleRecords.of(dir.resolve("archive").resolve(captures(dir.resolve("archive"), B)))
                .stream().map(BundleRecords.Rec::target).toList();
        assertFalse(targetsOfB.contains("urn:text:" + A), "A's text is A's: " + targetsOfB);
    }

    static List<String> urls(ImportReport report) {
        return report.run().sources().stream().map(RunEntry::url).toList();
    }

    static String captures(Path archive, String url) throws Exception {
        try (Archive a = Archive.open(archive)) {
            return a.source(url).captures().get(0);
        }
    }

    /** When the first crawl fetched {@code p}: one second after the one before. */
    private static Instant at(Habits.Page p) {
        return T.plusSeconds(indexOf(p));
    }

    private static int indexOf(Habits.Page p) {
        List<Habits.Page> all = pages("a");
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).url().equals(p.url())) {
                return i;
            }
        }
        throw new IllegalArgumentException(p.url());
    }
}
