package org.refkeeper.wacz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refkeeper.page.Capture;
import org.refkeeper.foreign.ForeignImport;
import org.refkeeper.foreign.ForeignPage;
import org.refkeeper.index.CdxjIndex;
import org.refkeeper.index.CdxjLine;
import org.refkeeper.index.PayloadLookup;
import org.refkeeper.testing.TestCaptures;
import org.refkeeper.warc.ArchiveReader;
import org.refkeeper.warc.Bundle;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.refkeeper.testing.TestCaptures.T0;

class WaczWriterTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path root;

    @Test
    void packsBundlesIndexPagesAndAManifestWhoseHashesMatch() throws Exception {
        Bundle first = TestCaptures.bundle(root, "captures/2026/11/post-1.warc.gz", TestCaptures.post(T0, "first"),
                "first", PayloadLookup.NONE);
        CdxjIndex index = CdxjIndex.empty().plus(first.lines());
        Bundle second = TestCaptures.bundle(root, "captures/2026/12/post-2.warc.gz",
                TestCaptures.post(T0.plusSeconds(86400), "second"), "second", index);
        index = index.plus(second.lines());
        Path wacz = root.resolve("export.wacz");

        try (WaczWriter writer = WaczWriter.create(wacz, Clock.fixed(T0.plusSeconds(90000), ZoneOffset.UTC))) {
            writer.addWarc(root.resolve(first.relativePath()), first.lines());
            writer.addWarc(root.resolve(second.relativePath()), second.lines());
            writer.addPage(new WaczPage(TestCaptures.POST, T0, Optional.of("Post, first"), Optional.of("first")));
            writer.addPage(new WaczPage(TestCaptures.POST, T0.plusSeconds(86400), Optional.of("Post, second"),
                    Optional.empty()));
            writer.finish();
        }

        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile zip = ZipFile.builder().setPath(wacz).get()) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                if (entry.getName().startsWith("archive/")) {
                    assertEquals(ZipArchiveEntry.STORED, entry.getMethod(),
                            entry.getName() + " must not be compressed twice");
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    entries.put(entry.getName(), in.readAllBytes());
                }
            }
        }
        assertEquals(List.of("archive/post-1.warc.gz", "archive/post-2.warc.gz", "pages/pages.jsonl",
                "indexes/index.cdxj", "datapackage.json", "datapackage-digest.json"), new ArrayList<>(entries.keySet()));
        assertArrayEquals(Files.readAllBytes(root.resolve(first.relativePath())), entries.get("archive/post-1.warc.gz"));

        JsonNode datapackage = JSON.readTree(entries.get("datapackage.json"));
        assertEquals("data-package", datapackage.get("profile").asText());
        assertEquals("1.1.1", datapackage.get("wacz_version").asText());
        assertEquals("2026-11-30T13:00:00Z", datapackage.get("created").asText(), "the clock's date");
        assertTrue(datapackage.has("software"));
        List<String> described = new ArrayList<>();
        for (JsonNode resource : datapackage.get("resources")) {
            byte[] bytes = entries.get(resource.get("path").asText());
            described.add(resource.get("path").asText());
            assertEquals(sha256(bytes), resource.get("hash").asText(), resource.get("path").asText());
            assertEquals(bytes.length, resource.get("bytes").asLong());
            assertEquals(Path.of(resource.get("path").asText()).getFileName().toString(), resource.get("name").asText());
        }
        assertEquals(entries.keySet().stream().filter(n -> !n.startsWith("datapackage")).toList(), described);
        JsonNode digest = JSON.readTree(entries.get("datapackage-digest.json"));
        assertEquals("datapackage.json", digest.get("path").asText());
        assertEquals(sha256(entries.get("datapackage.json")), digest.get("hash").asText());

        List<String> cdxj = new String(entries.get("indexes/index.cdxj"), StandardCharsets.UTF_8).lines().toList();
        assertEquals(index.lines().size(), cdxj.size());
        for (String text : cdxj) {
            CdxjLine line = CdxjLine.parse(text);
            assertTrue(entries.containsKey("archive/" + line.filename()), line.filename());
        }

        List<String> pages = new String(entries.get("pages/pages.jsonl"), StandardCharsets.UTF_8).lines().toList();
        JsonNode header = JSON.readTree(pages.get(0));
        assertEquals("json-pages-1.0", header.get("format").asText());
        assertEquals("pages", header.get("id").asText());
        assertEquals("All Pages", header.get("title").asText());
        assertEquals("Post, first", JSON.readTree(pages.get(1)).get("title").asText());
        assertEquals(T0.toString(), JSON.readTree(pages.get(1)).get("ts").asText());
    }

    @Test
    void theExportReadsBackAsAForeignArchiveWithTheImageResolved() throws Exception {
        Bundle first = TestCaptures.bundle(root, "captures/a/post-1.warc.gz", TestCaptures.post(T0, "first"),
                "first", PayloadLookup.NONE);
        Bundle second = TestCaptures.bundle(root, "captures/b/post-2.warc.gz",
                TestCaptures.post(T0.plusSeconds(86400), "second"), "second",
                CdxjIndex.empty().plus(first.lines()));
        Path wacz = root.resolve("export.wacz");
        try (WaczWriter writer = WaczWriter.create(wacz, Clock.systemUTC())) {
            writer.addWarc(root.resolve(first.relativePath()), first.lines());
            writer.addWarc(root.resolve(second.relativePath()), second.lines());
            writer.addPage(new WaczPage(TestCaptures.POST, T0.plusSeconds(86400), Optional.of("Post"), Optional.of("second")));
            writer.finish();
        }

        try (ForeignImport read = ForeignImport.read(List.of(wacz),
                new ArchiveReader(root.resolve("elsewhere"), CdxjIndex.empty()))) {
            assertEquals(1, read.pages().size());
            ForeignPage page = read.pages().get(0);
            assertEquals(Optional.of("Post"), page.title());
            Capture capture = read.capture(page);
            assertTrue(new String(capture.exchange(TestCaptures.POST).orElseThrow().body(), StandardCharsets.UTF_8)
                    .contains("second"));
            // the logo of the second capture is a revisit of the first bundle's, which the package holds too
            assertArrayEquals(TestCaptures.LOGO_PNG, capture.exchange(TestCaptures.LOGO).orElseThrow().body());
        }
    }

    static String sha256(byte[] bytes) throws Exception {
        return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
