package org.refkeeper.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refkeeper.testing.HttpBlocks;
import org.refkeeper.testing.RawRecord;
import org.refkeeper.testing.WarcFiles;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What import says about bad input is words a user reads: the file, where, what is wrong; never Java. */
class ImportMessagesTest {
    private static final Instant T = Instant.parse("2019-08-15T01:02:03Z");
    /** Package and class names, exception names, method calls, jwarc's parse context, object hashes. */
    private static final Pattern JAVA = Pattern.compile("\\b(java|javax|jdk|sun|org\\.(netpreserve|apache|refkeeper"
            + "|jsoup|brotli)|com\\.fasterxml)\\.|Exception|[A-Z][a-z]+Error\\b|Cannot invoke|\\bnull\\b"
            + "|\\b[a-z]+[A-Z]\\w*\\(\\)|<-- HERE -->|@[0-9a-f]{6,}|\\.java:\\d");

    @TempDir
    Path dir;

    private static RawRecord page(String url) {
        return RawRecord.response(url, T, HttpBlocks.ok("text/html", HttpBlocks.html("Page", "<article><p>"
                + "A page with enough words in its article to be judged as one. ".repeat(5) + "</p></article>")));
    }

    @Test
    void aBadRecordIsNamedOnStderrWithItsOffsetAndTheRestOfTheFileIsImported() throws Exception {
        RawRecord bad = RawRecord.response("https://b.example.org/", T, HttpBlocks.message("HTTPX/1.1 200 OK",
                List.of(), new byte[0]));
        RawRecord good = page("https://a.example.org/");
        Path file = WarcFiles.plain(dir.resolve("one-bad.warc"), List.of(good, bad, page("https://c.example.org/")));
        ImportCommandTest.Run text = ImportCommandTest.run("--archive", dir.resolve("a").toString(), "import",
                file.toString());
        assertEquals(ExitCodes.OK, text.exit(), text.err());
        assertEquals("refkeeper: " + file + ": at byte " + good.bytes().length + ": its HTTP response does not "
                + "parse (it starts 'HTTPX/1.1 200 OK'); skipped\n",
                text.err().replaceAll("(?m)^(\\[\\d+/\\d+]|run \\d{8}T).*\\n", ""));

        ImportCommandTest.Run json = ImportCommandTest.run("--archive", dir.resolve("b").toString(), "import", "--json",
                file.toString());
        JsonNode problem = new ObjectMapper().readTree(json.out()).at("/problems/0");
        assertEquals(file.toString(), problem.get("file").asText());
        assertEquals(good.bytes().length, problem.get("offset").asLong());
        assertEquals(2, new ObjectMapper().readTree(json.out()).at("/run/sources").size());
    }

    @Test
    void noMessageAboutAnyBadInputQuotesJava() throws Exception {
        List<Path> files = new ArrayList<>();
        files.add(Files.writeString(dir.resolve("notes.txt"), "not an archive"));
        files.add(Files.writeString(dir.resolve("fake.warc"), "hello, this is no WARC\n"));
        files.add(Files.writeString(dir.resolve("fake.warc.gz"), "not gzip"));
        files.add(Files.write(dir.resolve("empty.warc"), new byte[0]));
        files.add(Files.write(dir.resolve("text.warc.gz"), WarcFiles.gzip("no WARC inside".getBytes(StandardCharsets.UTF_8))));
        files.add(Files.write(dir.resolve("broken.wacz"), "PK\u0003\u0004 and then nothing".getBytes(StandardCharsets.UTF_8)));
        files.add(Files.createDirectories(dir.resolve("folder.warc")));
        files.add(dir.resolve("missing.warc.gz"));
        files.add(WarcFiles.zip(dir.resolve("unsafe.wacz"), Map.of("archive/../../outside.warc", new byte[]{'x'})));
        Map<String, byte[]> many = new LinkedHashMap<>();
        IntStream.rangeClosed(0, 10_000).forEach(i -> many.put("pages/p" + i, new byte[]{'x'}));
        files.add(WarcFiles.zip(dir.resolve("many.wacz"), many));
        files.add(WarcFiles.zip(dir.resolve("nowarc.wacz"), Map.of("pages/pages.jsonl", "{}".getBytes(StandardCharsets.UTF_8))));
        Map<String, byte[]> badPages = new LinkedHashMap<>();
        badPages.put("archive/data.warc.gz", WarcFiles.gzipPerRecord(List.of(page("https://w.example.org/"))));
        badPages.put("pages/pages.jsonl", "{\"format\":\"json-pages-1.0\"}\n{not json\n{\"ts\":\"x\"}\n"
                .getBytes(StandardCharsets.UTF_8));
        files.add(WarcFiles.zip(dir.resolve("badpages.wacz"), badPages));
        files.add(WarcFiles.plain(dir.resolve("records.warc"), List.of(
                page("https://a.example.org/"),
                RawRecord.response(null, T, new byte[0]),
                page("https://b.example.org/").set("Content-Length", "abc"),
                page("https://c.example.org/").set("WARC-Date", "yesterday"),
                page("https://d.example.org/").set("WARC-Type", null),
                RawRecord.request("https://e.example.org/", T, HttpBlocks.ok("text/html", new byte[0])),
                RawRecord.of("revisit", "https://f.example.org/", T).field("WARC-Payload-Digest",
                        RawRecord.sha1(new byte[]{1})).block("application/http; msgtype=response",
                        HttpBlocks.head(HttpBlocks.ok("text/html", new byte[]{1}))),
                page("https://g.example.org/").cutTo(200))));
        Path revisitsOnly = WarcFiles.plain(dir.resolve("revisits.warc"), List.of(RawRecord.of("revisit",
                "https://r.example.org/", T).field("WARC-Payload-Digest", RawRecord.sha1(new byte[]{2}))
                .block("application/http; msgtype=response", HttpBlocks.head(HttpBlocks.ok("text/html", new byte[]{2})))));

        List<String> said = new ArrayList<>();
        List<String> jsonSaid = new ArrayList<>();
        for (boolean json : new boolean[]{false, true}) {
            List<String> args = new ArrayList<>(List.of("--archive", dir.resolve("archive-" + json).toString(),
                    "import"));
            if (json) {
                args.add("--json");
            }
            files.forEach(f -> args.add(f.toString()));
            ImportCommandTest.Run run = ImportCommandTest.run(args.toArray(String[]::new));
            assertEquals(ExitCodes.USAGE, run.exit(), run.err());
            (json ? jsonSaid : said).add(run.out());
            said.add(run.err());
            ImportCommandTest.Run alone = ImportCommandTest.run("--archive", dir.resolve("alone-" + json).toString(),
                    "import", revisitsOnly.toString());
            assertEquals(ExitCodes.USAGE, alone.exit());
            assertTrue(alone.err().contains("https://r.example.org/"), "named: " + alone.err());
            said.add(alone.err());
        }
        for (String text : said) {
            for (String line : text.lines().toList()) {
                assertFalse(JAVA.matcher(line).find(), "Java in: " + line);
                assertTrue(line.length() < 400, "a line a person reads: " + line);
                assertFalse(line.contains("is the file complete"), line);
            }
        }
        for (String text : jsonSaid) {
            assertFalse(JAVA.matcher(text).find(), "Java in: " + text);
        }
        String err = said.get(1);
        for (Path f : files) {
            assertTrue(err.contains("refkeeper: " + f),
                    "every bad file is named: " + f + "\n" + err);
        }
    }
}
