package org.refkeeper;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refkeeper.testing.ChildJava;
import org.refkeeper.testing.Habits;
import org.refkeeper.testing.HttpBlocks;
import org.refkeeper.testing.RawRecord;
import org.refkeeper.testing.WarcFiles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.refkeeper.ImportHabitsTest.text;
import static org.refkeeper.testing.Habits.CRAWL1;

/**
 * A WARC of a few MB whose responses decode to 400 MB each (gzip bombs) imports in a small heap: bodies are
 * streamed and capped, never inflated whole. Run in a JVM of its own, so the heap limit is the test.
 */
class ImportMemoryTest {
    private static final long BOMB = 400L << 20;
    private static final String HEAP = "-Xmx160m";

    @TempDir
    Path dir;

    @Test
    void gzipBombsImportWithinASmallHeap() throws Exception {
        byte[] bomb = WarcFiles.gzipBomb(BOMB);
        String page = "https://bombs.example.org/article";
        List<RawRecord> records = new ArrayList<>();
        records.add(RawRecord.response(page, CRAWL1, HttpBlocks.ok("text/html; charset=utf-8", Habits.article(
                "Article", text("article") + "<img src=\"a.png\"><img src=\"b.png\">", "s.css", "logo.png"))));
        for (String name : List.of("a.png", "b.png", "logo.png", "s.css")) {
            records.add(RawRecord.response("https://bombs.example.org/" + name, CRAWL1.plusSeconds(1),
                    HttpBlocks.message("HTTP/1.1 200 OK", List.of("Content-Type: " + (name.endsWith(".css")
                            ? "text/css" : "image/png"), "Content-Encoding: gzip", "Content-Length: " + bomb.length), bomb)));
        }
        // a page that is itself a bomb
        records.add(RawRecord.response("https://bombs.example.org/huge", CRAWL1.plusSeconds(2),
                HttpBlocks.message("HTTP/1.1 200 OK", List.of("Content-Type: text/html", "Content-Encoding: gzip",
                        "Content-Length: " + bomb.length), bomb)));
        Path warc = WarcFiles.gzipPerRecord(dir.resolve("bombs.warc.gz"), records);
        assertTrue(Files.size(warc) < (10 << 20), "a few MB: " + Files.size(warc));

        Path archive = dir.resolve("archive");
        ChildJava.Finished run = ChildJava.refkeeper(dir, HEAP, "--archive", archive.toString(), "import", "--json",
                warc.toString());
        String err = run.err();
        assertEquals(0, run.exit(), err);
        assertTrue(!err.contains("OutOfMemoryError"), err);

        JsonNode report = new ObjectMapper().readTree(run.out());
        JsonNode sources = report.at("/run/sources");
        assertEquals("new", find(sources, page).get("state").asText(), sources.toString());
        JsonNode huge = find(sources, "https://bombs.example.org/huge");
        assertTrue(huge.get("reason").asText().contains("larger than 64 MiB once decoded"), huge.toString());
    }

    private static JsonNode find(JsonNode sources, String url) {
        for (JsonNode s : sources) {
            if (s.get("url").asText().equals(url)) {
                return s;
            }
        }
        throw new AssertionError(url + " not in " + sources);
    }
}
