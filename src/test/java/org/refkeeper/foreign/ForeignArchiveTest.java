package org.refkeeper.foreign;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refkeeper.testing.Revisits;
import org.refkeeper.testing.TestCaptures;
import org.refkeeper.wacz.WaczFile;
import org.refkeeper.warc.Digests;
import org.refkeeper.warc.Snapshot;
import org.refkeeper.warc.StoredResource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ForeignArchiveTest {
    @TempDir
    Path dir;

    @Test
    void ianaGivesItsHomePageWithTextAndRevisitsResolved() throws Exception {
        Path file = TestCaptures.realWorld("iana.warc.gz");
        List<Snapshot> snapshots = ForeignArchive.read(file);

        Snapshot home = snapshot(snapshots, "http://www.iana.org/");
        assertEquals(Optional.of("Internet Assigned Numbers Authority"), home.title());
        assertTrue(home.mainText().orElseThrow().contains("responsible for the global coordination of the DNS Root"),
                home.mainText().orElseThrow());
        assertTrue(new String(home.page().orElseThrow().body(), StandardCharsets.UTF_8).contains("</html>"));

        Map<String, String> revisits = Revisits.digests(file);
        List<StoredResource> fromRevisits = home.resources().stream()
                .filter(r -> revisits.containsKey(r.url() + " " + r.date())).toList();
        assertTrue(fromRevisits.stream().anyMatch(r -> r.body().length > 0), "the home page uses revisited payloads");
        for (StoredResource resource : fromRevisits) {
            assertEquals(revisits.get(resource.url() + " " + resource.date()), Digests.sha1(resource.body()).toString(),
                    resource.url());
        }
    }

    @Test
    void netpreserveGivesTheBlogArticleWithBrotliAndGzipBodiesDecoded() throws Exception {
        List<Snapshot> snapshots = ForeignArchive.read(TestCaptures.realWorld("netpreserve-twitter.warc"));

        Snapshot article = snapshot(snapshots, "https://netpreserveblog.wordpress.com/2019/05/29/warc-10th-anniversary/");
        assertEquals(Optional.of("The WARC file format celebrates its 10th anniversary"), article.title());
        assertTrue(article.mainText().orElseThrow().contains("The WARC format is our Web ARChives format"));
        StoredResource page = article.page().orElseThrow();
        assertEquals(Optional.of("gzip"), page.header("X-Archive-Orig-Content-Encoding"));
        assertEquals(Optional.empty(), page.header("Content-Encoding"));
        assertEquals(Optional.of(Integer.toString(page.body().length)), page.header("Content-Length"));

        StoredResource font = article.resources().stream()
                .filter(r -> r.url().startsWith("https://fonts.googleapis.com/css?family=Roboto"))
                .findFirst().orElseThrow();
        assertEquals(Optional.of("br"), font.header("X-Archive-Orig-Content-Encoding"));
        assertTrue(new String(font.body(), StandardCharsets.UTF_8).contains("@font-face"));

        assertFalse(snapshots.stream().anyMatch(s -> s.url().startsWith("https://widgets.wp.com/")),
                "frames of the article are parts of it, not pages");
    }

    @Test
    void exampleWaczGivesItsListedPagesWithTitles() throws Exception {
        List<Snapshot> snapshots = ForeignArchive.read(TestCaptures.realWorld("example.wacz"));

        assertEquals(List.of("https://webrecorder.net/"), snapshots.stream().map(Snapshot::url).toList());
        Snapshot home = snapshots.get(0);
        assertEquals(Optional.of("Webrecorder"), home.title());
        assertTrue(home.mainText().orElseThrow().contains("Web archiving for all!"));
        assertTrue(home.resources().size() > 1);
        String html = new String(home.page().orElseThrow().body(), StandardCharsets.UTF_8);
        assertTrue(html.contains("<title>Webrecorder</title>"));
    }

    @Test
    void refusesZipEntriesThatClimbOutOfTheArchive() throws Exception {
        Path wacz = zip("evil.wacz", "archive/../../etc/passwd", 1);
        IOException e = assertThrows(IOException.class, () -> ForeignArchive.read(wacz));
        assertTrue(e.getMessage().contains("unsafe entry name"), e.getMessage());
    }

    @Test
    void refusesZipFilesWithTooManyEntries() throws Exception {
        Path wacz = zip("many.wacz", "pages/p", WaczFile.MAX_ENTRIES + 1);
        IOException e = assertThrows(IOException.class, () -> ForeignArchive.read(wacz));
        assertTrue(e.getMessage().contains("entries"), e.getMessage());
    }

    @Test
    void refusesFilesThatAreNeitherWarcNorWacz() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.txt"), "hello");
        assertThrows(IOException.class, () -> ForeignArchive.read(text));
    }

    private Path zip(String name, String entryName, int count) throws IOException {
        Path file = dir.resolve(name);
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(file)) {
            for (int i = 0; i < count; i++) {
                zip.putArchiveEntry(new ZipArchiveEntry(count == 1 ? entryName : entryName + i));
                zip.write('x');
                zip.closeArchiveEntry();
            }
        }
        return file;
    }

    private static Snapshot snapshot(List<Snapshot> snapshots, String url) {
        return snapshots.stream().filter(s -> s.url().equals(url)).findFirst()
                .orElseThrow(() -> new AssertionError(url + " not among "
                        + snapshots.stream().map(Snapshot::url).toList()));
    }

}
