package org.refkeeper.wacz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcTargetRecord;
import org.refkeeper.Archive;
import org.refkeeper.history.SourceStatus;
import org.refkeeper.index.CdxjIndex;
import org.refkeeper.index.CdxjLine;
import org.refkeeper.io.BadInputException;
import org.refkeeper.report.SourceRecord;
import org.refkeeper.testing.ExportFixtures;
import org.refkeeper.testing.Pages;
import org.refkeeper.testing.WechatLike;
import org.refkeeper.warc.ArchiveReader;
import org.refkeeper.warc.Snapshot;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WaczExportTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path shared;
    static Path root;

    @TempDir
    Path out;

    /** The moved post and its old address load the same page: whichever is captured second revisits the first. */
    @BeforeAll
    static void archivePages() throws IOException {
        root = ExportFixtures.archiveOf(shared, List.of(WechatLike.ARTICLE, Pages.MOVED, Pages.OLD, Pages.GZIPPED));
    }

    @Test
    void packsEveryKeptCaptureWithAManifestPagesAndIndexThatMatchTheFiles() throws Exception {
        Map<String, String> before = tree(root);
        Path file = out.resolve("all.wacz");
        ExportSummary summary;
        List<SourceRecord> sources = new ArrayList<>();
        try (Archive archive = Archive.open(root)) {
            summary = archive.exportWacz(file, List.of());
            for (SourceStatus s : archive.status()) {
                sources.add(archive.source(s.id()));
            }
        }

        assertEquals(List.of(file), list(out), "nothing but the package is written");
        assertEquals(before, tree(root), "the archive is left as it was");
        Map<String, byte[]> entries = entries(file);
        Set<String> bundles = new HashSet<>();
        sources.forEach(s -> s.captures().forEach(c -> bundles.add("archive/" + Path.of(c).getFileName())));
        assertEquals(bundles, archiveEntries(entries));
        assertEquals(new ExportSummary(file, 4, 4, Files.size(file)), summary);

        JsonNode datapackage = JSON.readTree(entries.get("datapackage.json"));
        assertEquals("1.1.1", datapackage.get("wacz_version").asText());
        Set<String> described = new HashSet<>();
        for (JsonNode resource : datapackage.get("resources")) {
            byte[] bytes = entries.get(resource.get("path").asText());
            assertEquals(sha256(bytes), resource.get("hash").asText(), resource.get("path").asText());
            assertEquals(bytes.length, resource.get("bytes").asLong(), resource.get("path").asText());
            described.add(resource.get("path").asText());
        }
        Set<String> packed = new HashSet<>(entries.keySet());
        packed.removeAll(Set.of("datapackage.json", "datapackage-digest.json"));
        assertEquals(packed, described);
        assertEquals(sha256(entries.get("datapackage.json")),
                JSON.readTree(entries.get("datapackage-digest.json")).get("hash").asText());

        List<JsonNode> pages = pages(entries);
        assertEquals(sources.size(), pages.size());
        for (SourceRecord source : sources) {
            JsonNode page = pages.stream().filter(p -> p.get("url").asText().equals(source.url())).findFirst()
                    .orElseThrow(() -> new AssertionError(source.url() + " has no page in " + pages));
            Instant captured = source.lastGood().orElseThrow().at().truncatedTo(ChronoUnit.SECONDS);
            assertEquals(captured, Instant.parse(page.get("ts").asText()), source.url());
            String content = Files.readString(root.resolve("sources/" + source.id() + "/content.md"));
            assertTrue(content.contains(page.get("text").asText().strip()), source.url() + ": " + page);
        }
        JsonNode article = pages.stream().filter(p -> p.get("url").asText().equals(WechatLike.ARTICLE)).findFirst().orElseThrow();
        assertEquals("本地测试文章", article.get("title").asText());
        assertTrue(article.get("text").asText().contains(WechatLike.INTRO));

        assertIndexPointsAtItsRecords(entries);
    }

    @Test
    void oneSourceComesWithTheBundlesHoldingWhatItsRevisitsStandFor() throws Exception {
        CdxjIndex index = CdxjIndex.load(root.resolve("index.cdxj"));
        CdxjLine revisit = index.lines().stream()
                .filter(l -> l.isRevisit() && !index.original(l.digest()).orElseThrow().filename().equals(l.filename()))
                .findFirst().orElseThrow(() -> new AssertionError("the fixture archive has no revisit across bundles"));
        String original = index.original(revisit.digest()).orElseThrow().filename();
        Path file = out.resolve("one.wacz");
        SourceRecord source;
        ExportSummary summary;
        try (Archive archive = Archive.open(root)) {
            source = archive.status().stream().map(s -> uncheckedSource(archive, s.id()))
                    .filter(s -> s.captures().contains(revisit.filename())).findFirst().orElseThrow();
            summary = archive.exportWacz(file, List.of(source.url()));
        }

        Map<String, byte[]> entries = entries(file);
        assertEquals(Set.of(name(revisit.filename()), name(original)), archiveEntries(entries));
        assertEquals(1, summary.pages());
        assertEquals(List.of(source.url()), pages(entries).stream().map(p -> p.get("url").asText()).toList());
        assertIndexPointsAtItsRecords(entries);

        // The package replays on its own: its bundles, read with its own index, give the revisited payload.
        Path unpacked = Files.createDirectories(out.resolve("unpacked"));
        List<CdxjLine> lines = new ArrayList<>();
        for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
            if (entry.getKey().startsWith("archive/")) {
                Files.write(unpacked.resolve(Path.of(entry.getKey()).getFileName().toString()), entry.getValue());
            }
        }
        new String(entries.get("indexes/index.cdxj"), StandardCharsets.UTF_8).lines().map(CdxjLine::parse).forEach(lines::add);
        Snapshot replayed = new ArchiveReader(unpacked, CdxjIndex.empty().plus(lines)).read(Path.of(revisit.filename()).getFileName().toString());
        assertTrue(replayed.resources().stream().anyMatch(r -> r.url().equals(revisit.url()) && r.body().length > 0),
                revisit.url() + " is replayed with its body");
    }

    @Test
    void refusesTargetsItShouldNotWriteAndSourcesItDoesNotHave() throws Exception {
        try (Archive archive = Archive.open(root)) {
            assertThrows(BadInputException.class, () -> archive.exportWacz(root.resolve("inside.wacz"), List.of()));
            assertThrows(BadInputException.class, () -> archive.exportWacz(out.resolve("export.zip"), List.of()));
            assertThrows(BadInputException.class, () -> archive.exportWacz(out.resolve("no/such/dir.wacz"), List.of()));
            BadInputException unknown = assertThrows(BadInputException.class,
                    () -> archive.exportWacz(out.resolve("x.wacz"), List.of("https://nowhere.example.com/")));
            assertTrue(unknown.getMessage().contains("nowhere.example.com"), unknown.getMessage());
        }
        assertEquals(List.of(), list(out));
        assertFalse(Files.exists(root.resolve("inside.wacz")));
    }

    /** Every index line names a packed bundle, and the record at its offset there is the line's URL. */
    private static void assertIndexPointsAtItsRecords(Map<String, byte[]> entries) throws IOException {
        List<String> lines = new String(entries.get("indexes/index.cdxj"), StandardCharsets.UTF_8).lines().toList();
        assertFalse(lines.isEmpty());
        for (String text : lines) {
            CdxjLine line = CdxjLine.parse(text);
            byte[] warc = entries.get("archive/" + line.filename());
            assertTrue(warc != null, "the index names a bundle the package lacks: " + text);
            try (WarcReader reader = new WarcReader(new ByteArrayInputStream(warc, (int) line.offset(),
                    warc.length - (int) line.offset()))) {
                WarcRecord record = reader.next().orElseThrow();
                assertEquals(line.url(), ((WarcTargetRecord) record).target(), text);
            }
        }
    }

    private static SourceRecord uncheckedSource(Archive archive, String id) {
        try {
            return archive.source(id);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static Map<String, byte[]> entries(Path wacz) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile zip = ZipFile.builder().setPath(wacz).get()) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                if (entry.getName().startsWith("archive/")) {
                    assertEquals(ZipArchiveEntry.STORED, entry.getMethod(), entry.getName() + " must be STORED");
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    entries.put(entry.getName(), in.readAllBytes());
                }
            }
        }
        assertDataWhereTheCentralDirectorySays(wacz);
        return entries;
    }

    /**
     * ReplayWeb.page reads an entry at the offset its central directory record implies, so the local header must
     * carry the same extra fields (java.util.zip reports the central directory's; Commons Compress merges both).
     */
    private static void assertDataWhereTheCentralDirectorySays(Path wacz) throws IOException {
        byte[] bytes = Files.readAllBytes(wacz);
        Map<String, Long> headers = new HashMap<>();
        try (ZipFile zip = ZipFile.builder().setPath(wacz).get()) {
            Collections.list(zip.getEntries()).forEach(e -> headers.put(e.getName(), e.getLocalHeaderOffset()));
        }
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(wacz.toFile())) {
            for (java.util.zip.ZipEntry entry : Collections.list(zip.entries())) {
                int header = Math.toIntExact(headers.get(entry.getName()));
                int localExtra = (bytes[header + 28] & 0xff) | (bytes[header + 29] & 0xff) << 8;
                int centralExtra = entry.getExtra() == null ? 0 : entry.getExtra().length;
                assertEquals(centralExtra, localExtra, entry.getName() + ": extra fields of local header and directory");
            }
        }
    }

    private static Set<String> archiveEntries(Map<String, byte[]> entries) {
        return entries.keySet().stream().filter(n -> n.startsWith("archive/")).collect(Collectors.toSet());
    }

    private static List<JsonNode> pages(Map<String, byte[]> entries) throws IOException {
        List<String> lines = new String(entries.get("pages/pages.jsonl"), StandardCharsets.UTF_8).lines().toList();
        assertEquals("json-pages-1.0", JSON.readTree(lines.get(0)).get("format").asText());
        List<JsonNode> pages = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            pages.add(JSON.readTree(line));
        }
        return pages;
    }

    private static String name(String bundle) {
        return "archive/" + Path.of(bundle).getFileName();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }

    /** Every file under the folder with its size and modification time. */
    private static Map<String, String> tree(Path dir) throws IOException {
        Map<String, String> tree = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                tree.put(dir.relativize(f).toString(), Files.size(f) + " " + Files.getLastModifiedTime(f));
            }
        }
        return tree;
    }
}
