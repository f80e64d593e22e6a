package org.refkeeper;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcDigest;
import org.refkeeper.foreign.ForeignImport;
import org.refkeeper.foreign.ForeignPage;
import org.refkeeper.index.CdxjIndex;
import org.refkeeper.io.BadInputException;
import org.refkeeper.imports.ImportReport;
import org.refkeeper.run.RunListener;
import org.refkeeper.report.RunEntry;
import org.refkeeper.report.SourceRecord;
import org.refkeeper.testing.RealWorld;
import org.refkeeper.testing.Revisits;
import org.refkeeper.verdict.State;
import org.refkeeper.warc.ArchiveReader;
import org.refkeeper.warc.BundleReader;
import org.refkeeper.warc.Html;
import org.refkeeper.warc.RevisitResolver;
import org.refkeeper.warc.Snapshot;
import org.refkeeper.warc.StoredResource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImportFilesTest {
    private static final Path IANA = warc("iana.warc.gz");
    private static final Path NETPRESERVE = warc("netpreserve-twitter.warc");
    private static final Path WACZ = warc("example.wacz");
    private static final String IANA_HOME = "http://www.iana.org/";
    private static final String IANA_NUMBERS = "http://www.iana.org/numbers";
    private static final String ARTICLE = "https://netpreserveblog.wordpress.com/2019/05/29/warc-10th-anniversary/";
    private static final String WEBRECORDER = "https://webrecorder.net/";

    @TempDir
    Path dir;

    @Test
    void pagesOfRealArchivesBecomeSourcesWithTheirTextAndTheirRevisitsResolved() throws Exception {
        Path root = dir.resolve("archive");
        ImportReport report;
        try (Archive archive = Archive.open(root)) {
            report = archive.importFiles(List.of(IANA, NETPRESERVE, WACZ), RunListener.NONE);
            assertEquals(List.of(), report.rejected());
            assertEquals(List.of(), archive.verify().problems());

            assertImported(archive, report, IANA, IANA_HOME, "Internet Assigned Numbers Authority");
            assertImported(archive, report, NETPRESERVE, ARTICLE, "The WARC file format celebrates its 10th anniversary");
            assertImported(archive, report, WACZ, WEBRECORDER, "Webrecorder");

            // a later page of the crawl fetched the sheets and scripts again: the file holds revisit records for
            // them, whose payloads the home page's bundle holds
            ArchiveReader reader = new ArchiveReader(root, CdxjIndex.load(root.resolve("index.cdxj")));
            Map<String, String> revisits = Revisits.digests(IANA);
            Snapshot numbers = reader.read(archive.source(IANA_NUMBERS).captures().get(0));
            List<StoredResource> fromRevisits = numbers.resources().stream()
                    .filter(r -> revisits.containsKey(r.url() + " " + r.date())).toList();
            assertTrue(fromRevisits.stream().anyMatch(r -> r.body().length > 0),
                    "the numbers page used payloads the file held as revisits");
            for (StoredResource r : fromRevisits) {
                assertEquals(revisits.get(r.url() + " " + r.date()), sha1(r.body()), r.url());
            }
            // The home page is the first page imported: its bundle holds every payload in full itself.
            String home = archive.source(IANA_HOME).captures().get(0);
            Snapshot alone = BundleReader.read(root.resolve(home), RevisitResolver.NONE);
            assertEquals(reader.read(home).resources().size(), alone.resources().size());
            assertTrue(alone.resources().stream().allMatch(r -> r.url().startsWith("http://www.iana.org/")),
                    "nothing of other pages or sites");
        }
        // the one page that is only a script redirect (t.co) has no text: refkeeper says so rather than calling
        // it vanished; every real page imports
        List<String> errors = entries(report).stream().filter(e -> e.state() == State.ERROR)
                .map(e -> e.url()).distinct().toList();
        assertEquals(List.of("https://t.co/5R6qvahDrf"), errors, report.run().sources().toString());
    }

    @Test
    void importingTheSameFileAgainFindsItUnchangedAndWritesNoSourceFile() throws Exception {
        Path root = dir.resolve("archive");
        try (Archive archive = Archive.open(root)) {
            archive.importFiles(List.of(WACZ), RunListener.NONE);
            Path sourceJson = root.resolve("sources/" + archive.source(WEBRECORDER).id() + "/source.json");
            byte[] before = Files.readAllBytes(sourceJson);

            ImportReport again = archive.importFiles(List.of(WACZ), RunListener.NONE);

            RunEntry entry = entry(again, WEBRECORDER);
            assertEquals(State.UNCHANGED, entry.state());
            assertTrue(entry.bundle().isEmpty());
            assertArrayEquals(before, Files.readAllBytes(sourceJson));
            assertEquals(1, archive.source(WEBRECORDER).captures().size());
            assertEquals(2, archive.runs().size());
        }
    }

    @Test
    void badFilesAreRejectedOneLineEachWhileTheOthersAreImported() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.txt"), "not an archive");
        Path fake = Files.writeString(dir.resolve("fake.warc"), "hello, this is no WARC\n");
        Path unsafe = zip("unsafe.wacz", List.of("archive/../../outside.warc"));
        Path tooMany = zip("many.wacz", IntStream.rangeClosed(0, 10_000)
                .mapToObj(i -> "pages/p" + i).toList());
        Path missing = dir.resolve("missing.warc.gz");
        List<Path> bad = List.of(text, fake, unsafe, tooMany, missing);
        Path root = dir.resolve("archive");

        ImportReport report;
        try (Archive archive = Archive.open(root)) {
            report = archive.importFiles(List.of(text, fake, unsafe, WACZ, tooMany, missing), RunListener.NONE);
        }

        assertEquals(bad.size(), report.rejected().size(), report.rejected().toString());
        for (int i = 0; i < bad.size(); i++) {
            String message = report.rejected().get(i);
            assertTrue(message.startsWith(bad.get(i).toString() + ": "), message);
            assertEquals(1, message.lines().count(), message);
        }
        assertTrue(report.rejected().get(2).contains("points outside the package"), report.rejected().get(2));
        assertTrue(report.rejected().get(3).contains("entries"), report.rejected().get(3));
        assertEquals(State.NEW, entry(report, WEBRECORDER).state());
    }

    @Test
    void whenNoFileHoldsAPageNothingIsWrittenAtAll() throws Exception {
        Path fake = Files.writeString(dir.resolve("fake.warc.gz"), "not gzip");
        Path root = dir.resolve("archive");
        try (Archive archive = Archive.open(root)) {
            BadInputException e = assertThrows(BadInputException.class,
                    () -> archive.importFiles(List.of(fake), RunListener.NONE));
            assertTrue(e.getMessage().startsWith(fake + ": "), e.getMessage());
        }
        assertFalse(Files.exists(root));
    }

    /** The page is a new source whose content.md has its title and text that the page shows. */
    private static void assertImported(Archive archive, ImportReport report, Path file, String url, String title)
            throws IOException {
        RunEntry entry = entry(report, url);
        assertEquals(State.NEW, entry.state(), entry.toString());
        SourceRecord source = archive.source(url);
        assertEquals(List.of(), source.citations());
        assertEquals(List.of(entry.bundle().orElseThrow()), source.captures());
        String content = Files.readString(archive.root().resolve("sources/" + source.id() + "/content.md"));
        assertTrue(content.startsWith("# " + title + "\n\n<" + url + ">\n\n"), content);
        String pageText = normalised(pageText(file, url));
        String longest = content.lines().skip(4).map(ImportFilesTest::plain)
                .max(Comparator.comparingInt(String::length)).orElseThrow();
        assertTrue(longest.length() > 40 && pageText.contains(longest), url + ": " + longest);
    }

    /** The text of the page as the file holds it. */
    private static String pageText(Path file, String url) throws IOException {
        try (ForeignImport read = ForeignImport.read(List.of(file),
                new ArchiveReader(file.getParent(), CdxjIndex.empty()))) {
            ForeignPage page = read.pages().stream().filter(p -> p.url().equals(url)).findFirst().orElseThrow();
            return Html.parse(read.capture(page).dom(), url).text().orElseThrow();
        }
    }

    /** The entry of a page in the import's runs (the latest run that checked it). */
    private static RunEntry entry(ImportReport report, String url) {
        List<RunEntry> all = entries(report);
        return all.stream().filter(e -> e.url().equals(url)).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError(url + " not in " + all));
    }

    private static List<RunEntry> entries(ImportReport report) {
        List<RunEntry> all = new java.util.ArrayList<>();
        report.earlier().forEach(r -> all.addAll(r.sources()));
        all.addAll(report.run().sources());
        return all;
    }

    /** A Markdown line as the text it shows: no heading or list marks, links as their text. */
    private static String plain(String markdown) {
        return normalised(markdown.replaceAll("!?\\[([^]]*)]\\([^)]*\\)", "$1").replaceAll("^[#>*\\- ]+", "")
                .replace("**", ""));
    }

    private static String normalised(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static String sha1(byte[] body) throws Exception {
        MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
        sha1.update(body);
        return new WarcDigest(sha1).toString();
    }


    private Path zip(String name, List<String> entries) throws IOException {
        Path file = dir.resolve(name);
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(file)) {
            for (String entry : entries) {
                zip.putArchiveEntry(new ZipArchiveEntry(entry));
                zip.write('x');
                zip.closeArchiveEntry();
            }
        }
        return file;
    }

    private static Path warc(String name) {
        return RealWorld.dir().resolve("warc").resolve(name);
    }
}
