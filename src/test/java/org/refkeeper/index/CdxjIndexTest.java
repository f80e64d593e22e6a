package org.refkeeper.index;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CdxjIndexTest {
    static final Instant T = Instant.parse("2026-11-29T12:00:00Z");

    @TempDir
    Path dir;

    static CdxjLine response(String url, Instant date, String digest, String file) {
        return CdxjLine.of(url, date, "text/html", "200", digest, 100, 0, file, "response");
    }

    @Test
    void aLineReadsAsPywbWritesIt() {
        CdxjLine line = CdxjLine.of("https://www.Example.com/a/B?z=1&a=2#top", T, "text/html", "200",
                "sha1:AAAA", 123, 456, "captures/x.warc.gz", "response");

        assertEquals("com,example)/a/b?a=2&z=1 20261129120000 {\"url\":\"https://www.Example.com/a/B?z=1&a=2#top\","
                + "\"mime\":\"text/html\",\"status\":\"200\",\"digest\":\"sha1:AAAA\",\"length\":\"123\",\"offset\":\"456\","
                + "\"filename\":\"captures/x.warc.gz\"}", line.toString());
        assertEquals(line, CdxjLine.parse(line.toString()));
        assertEquals(T, line.date());
    }

    @Test
    void readsLinesOtherToolsWrote() {
        CdxjLine line = CdxjLine.parse("com,example)/ 20220916191507333 {\"url\":\"https://example.com/\","
                + "\"digest\":\"sha-256:8c36\",\"mime\":\"text/css\",\"offset\":278,\"length\":1309,\"status\":200,"
                + "\"filename\":\"data.warc.gz\"}");

        assertEquals("20220916191507", line.timestamp());
        assertEquals(278, line.offset());
        assertEquals(1309, line.length());
        assertEquals("200", line.status());
        assertEquals("response", line.recordType());
    }

    @Test
    void aMissingFileIsAnEmptyIndex() throws Exception {
        assertEquals(List.of(), CdxjIndex.load(dir.resolve("index.cdxj")).lines());
    }

    @Test
    void writesSortedByBytesAndReadsBackTheSameIndex() throws Exception {
        // U+FF21 sorts after U+1F600 as Java strings (UTF-16), before it as UTF-8 bytes.
        List<CdxjLine> lines = List.of(
                CdxjLine.of("urn:x:\uD83D\uDE00", T, "text/plain", "", "sha1:B", 1, 0, "b.warc.gz", "resource"),
                CdxjLine.of("urn:x:\uFF21", T, "text/plain", "", "sha1:A", 1, 0, "a.warc.gz", "resource"),
                response("https://example.com/b", T, "sha1:C", "a.warc.gz"),
                response("https://example.com/a", T, "sha1:D", "a.warc.gz"));
        Path file = dir.resolve("index.cdxj");
        CdxjIndex index = CdxjIndex.empty().plus(lines);
        index.write(file);

        List<String> written = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals(4, written.size());
        for (int i = 1; i < written.size(); i++) {
            assertTrue(Arrays.compareUnsigned(written.get(i - 1).getBytes(StandardCharsets.UTF_8),
                    written.get(i).getBytes(StandardCharsets.UTF_8)) < 0, written.toString());
        }
        assertTrue(written.get(2).contains("\uFF21") && written.get(3).contains("\uD83D\uDE00"), written.toString());
        assertEquals(index, CdxjIndex.load(file));
        assertEquals(index, index.plus(lines), "adding lines already there changes nothing");
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no temporary file left behind");
        }
    }

    @Test
    void findsTheEarliestFullResponseForAPayload() {
        CdxjIndex index = CdxjIndex.empty().plus(List.of(
                response("https://example.com/late", T.plusSeconds(60), "sha1:SAME", "b.warc.gz"),
                response("https://example.com/early", T, "sha1:SAME", "a.warc.gz"),
                CdxjLine.of("https://example.com/earliest", T.minusSeconds(60), "warc/revisit", "200", "sha1:SAME",
                        1, 0, "c.warc.gz", "revisit")));

        assertEquals(Optional.of(new StoredPayload("https://example.com/early", T)), index.find("sha1:SAME"));
        assertEquals("a.warc.gz", index.original("sha1:SAME").orElseThrow().filename());
        assertEquals(Optional.empty(), index.find("sha1:OTHER"));
    }

    @Test
    void anIndexStaysAsItWasWhenLinesAreAddedToItOrToAnOlderOne() {
        CdxjIndex first = CdxjIndex.empty().plus(List.of(response("https://example.com/a", T, "sha1:A", "a.warc.gz")));
        CdxjIndex second = first.plus(List.of(response("https://example.com/b", T.minusSeconds(60), "sha1:A", "b.warc.gz"),
                CdxjLine.of("urn:x:shot", T, "image/png", "", "sha1:S", 1, 0, "b.warc.gz", "resource")));
        CdxjIndex branch = first.plus(List.of(response("https://example.com/c", T, "sha1:C", "c.warc.gz")));

        assertEquals(1, first.lines().size());
        assertEquals("a.warc.gz", first.original("sha1:A").orElseThrow().filename());
        assertFalse(first.holds("b.warc.gz", "urn:x:"));
        assertEquals(3, second.lines().size());
        assertEquals("b.warc.gz", second.original("sha1:A").orElseThrow().filename(), "the earlier copy is the original");
        assertTrue(second.holds("b.warc.gz", "urn:x:"));
        assertEquals(Optional.empty(), second.find("sha1:C"));
        assertEquals(List.of("a.warc.gz", "c.warc.gz"), branch.lines().stream().map(CdxjLine::filename).sorted().toList());
        assertEquals("a.warc.gz", branch.original("sha1:A").orElseThrow().filename());
        assertFalse(branch.holds("b.warc.gz", "urn:x:"));
        assertEquals(first, second.without(java.util.Set.of("b.warc.gz")));
    }
}
