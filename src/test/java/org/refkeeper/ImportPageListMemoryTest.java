package org.refkeeper;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refkeeper.testing.ChildJava;
import org.refkeeper.testing.HttpBlocks;
import org.refkeeper.testing.RawRecord;
import org.refkeeper.testing.WarcFiles;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * ArchiveWeb.page and Browsertrix write each page's text into pages/pages.jsonl: a big crawl's page list is hundreds
 * of MB. It is read line by line and its text skipped, never held: here 96 MB of it in a 64 MB heap. Run in a JVM
 * of its own, so the heap limit is the test.
 */
class ImportPageListMemoryTest {
    private static final Instant T = Instant.parse("2019-08-15T01:02:03Z");
    private static final String PAGE = "https://a.example.org/";
    private static final String[] WORDS = ("the of archive page web crawl text words list line note source capture "
            + "record file data site link image style script").split(" ");

    @TempDir
    Path dir;

    @Test
    void aPageListWithMoreTextThanTheHeapImports() throws Exception {
        Path wacz = dir.resolve("big-text.wacz");
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(wacz)) {
            zip.putArchiveEntry(new ZipArchiveEntry("archive/data.warc.gz"));
            zip.write(WarcFiles.gzip(RawRecord.response(PAGE, T, HttpBlocks.ok("text/html", HttpBlocks.html("Page",
                    "<article><p>" + "A page with enough words in its article to be judged as one. ".repeat(5)
                            + "</p></article>"))).bytes()));
            zip.closeArchiveEntry();
            zip.putArchiveEntry(new ZipArchiveEntry("pages/pages.jsonl"));
            zip.write(("{\"format\":\"json-pages-1.0\",\"id\":\"pages\",\"hasText\":true}\n{\"id\":\"1\",\"url\":\""
                    + PAGE + "\",\"ts\":\"" + T + "\",\"title\":\"Page\",\"text\":\"").getBytes(StandardCharsets.UTF_8));
            Random random = new Random(1);
            StringBuilder chunk = new StringBuilder();
            for (long written = 0; written < (96L << 20); written += chunk.length()) {
                chunk.setLength(0);
                while (chunk.length() < (1 << 20)) {
                    chunk.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
                }
                zip.write(chunk.toString().getBytes(StandardCharsets.UTF_8));
            }
            zip.write("\"}\n".getBytes(StandardCharsets.UTF_8));
            zip.closeArchiveEntry();
        }
        ChildJava.Finished run = ChildJava.refkeeper(dir, "-Xmx64m", "--archive", dir.resolve("archive").toString(),
                "import", wacz.toString());
        String err = run.err();
        assertEquals(0, run.exit(), err);
        assertTrue(run.out().contains("new         " + PAGE), err);
        assertEquals(List.of(), err.lines().filter(l -> l.startsWith("refkeeper: ")).toList());
    }
}
