package org.refkeeper.warc;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refkeeper.index.CdxjIndex;
import org.refkeeper.index.CdxjLine;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** URLs that broke index.cdxj for good, and an index they already broke. */
class StoredUrlTest {
    private static final Instant T = Instant.parse("2026-11-29T12:00:00Z");

    @TempDir
    Path dir;

    @Test
    void aUrlWithSpacesThatIsNoPlainHttpUrlKeepsTheIndexReadable() throws Exception {
        // a WARC of another tool may give its target URI with a space before it, or in angle brackets
        List<String> urls = List.of(" http://example.org/a b", "<http://example.org/x y>", "dns:example.org 1",
                "http://example.org/\n\r\t", "urn:x:" + "\u2028");
        Path file = dir.resolve("index.cdxj");
        CdxjIndex.empty().plus(urls.stream().map(u -> line(u)).toList()).write(file);

        assertEquals(urls.size(), Files.readAllLines(file).size());
        assertEquals(urls.stream().sorted().toList(),
                CdxjIndex.load(file).lines().stream().map(CdxjLine::url).sorted().toList());
    }

    @Test
    void aUrlOfAHundredThousandCharactersIsStoredAndReadBack() throws Exception {
        String url = "https://example.org/" + "路径 a%/".repeat(14_000);
        Path file = dir.resolve("index.cdxj");
        CdxjIndex.empty().plus(List.of(line(url))).write(file);
        assertEquals(url, CdxjIndex.load(file).lines().get(0).url());
    }

    @Test
    void anIndexBrokenByTheOldBugIsReadAndItsKeysRepairedByTheNextWrite() throws Exception {
        // as refkeeper 0.1.0 wrote it for an imported page whose target URI began with a space
        String broken = " http://example.org/a b 20261129120000 {\"url\":\" http://example.org/a b\",\"mime\":\"text/html\","
                + "\"status\":\"200\",\"digest\":\"sha1:AAAA\",\"length\":\"10\",\"offset\":\"0\",\"filename\":\"captures/a.warc.gz\"}";
        String good = line("https://example.org/ok").toString();
        Path file = dir.resolve("index.cdxj");
        Files.writeString(file, good + "\n" + broken + "\n", StandardCharsets.UTF_8);

        CdxjIndex read = CdxjIndex.load(file);
        assertEquals(List.of("https://example.org/ok", " http://example.org/a b"),
                read.lines().stream().map(CdxjLine::url).sorted((a, b) -> b.compareTo(a)).toList());
        CdxjLine repaired = read.lines().stream().filter(l -> l.url().contains(" ")).findFirst().orElseThrow();
        assertEquals("%20http://example.org/a%20b", repaired.surtKey());
        assertEquals("20261129120000", repaired.timestamp());
        assertEquals(10, repaired.length());

        read.plus(List.of(line("https://example.org/new"))).write(file);
        for (String l : Files.readAllLines(file)) {
            assertFalse(l.substring(0, l.indexOf(" 2026")).contains(" "), "key repaired: " + l);
        }
        assertEquals(3, CdxjIndex.load(file).lines().size());
    }

    @Test
    void aLineThatIsNoCdxjSaysSoInOneShortLine() throws Exception {
        Path file = dir.resolve("index.cdxj");
        Files.writeString(file, "garbage " + "x".repeat(100_000) + "\n");
        var e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class, () -> CdxjIndex.load(file));
        assertTrue(e.getMessage().contains("index.cdxj:1: not a CDXJ line"), e.getMessage());
        assertTrue(e.getMessage().length() < 400, "message length " + e.getMessage().length());
    }

    private static CdxjLine line(String url) {
        return CdxjLine.of(url, T, "text/html", "200", "sha1:" + Integer.toHexString(url.hashCode()), 10, 0,
                "captures/a.warc.gz", "response");
    }
}
