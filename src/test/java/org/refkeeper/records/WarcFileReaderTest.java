package org.refkeeper.records;

import org.brotli.dec.BrotliInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refkeeper.testing.HttpBlocks;
import org.refkeeper.testing.RawRecord;
import org.refkeeper.testing.WarcFiles;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Other tools' files read leniently: a bad record is reported at its offset, in words, and the rest is read. */
class WarcFileReaderTest {
    private static final Instant T = Instant.parse("2019-08-15T01:02:03Z");

    @TempDir
    Path dir;

    private static RawRecord page(String url, String text) {
        return RawRecord.response(url, T, HttpBlocks.ok("text/html", HttpBlocks.html(text, "<p>" + text + "</p>")));
    }

    @Test
    void everyMalformedRecordIsReportedAtItsOffsetAndTheGoodOnesAroundItAreRead() throws IOException {
        byte[] ok = HttpBlocks.ok("text/html", HttpBlocks.html("x", "x"));
        List<RawRecord> records = List.of(
                page("https://a.example/", "first"),
                RawRecord.response(null, T, ok),
                page("https://b.example/", "short date").set("WARC-Date", "2019-08-15T01:02"),
                RawRecord.response("https://c.example/", T, HttpBlocks.message("HTTPX/1.1 200 OK",
                        List.of("Content-Type: text/html"), "<p>x</p>".getBytes(StandardCharsets.UTF_8))),
                page("https://d.example/", "odd line ends").eol("\r\r\n"),
                RawRecord.request("https://e.example/", T, ok),
                page("https://f.example/", "last"));
        Path file = WarcFiles.plain(dir.resolve("mixed.warc"), records);
        long[] offsets = offsets(records);

        List<RecordProblem> problems = new ArrayList<>();
        List<ForeignRecord> read;
        try (Spool spool = Spool.create()) {
            read = WarcFileReader.read(file, "mixed.warc", spool, problems::add);
        }

        assertEquals(List.of("https://a.example/", "https://b.example/", "https://d.example/", "https://f.example/"),
                read.stream().map(ForeignRecord::target).toList());
        assertEquals(Instant.parse("2019-08-15T01:02:00Z"), read.get(1).date());
        assertEquals(List.of(
                "mixed.warc: at byte " + offsets[1] + ": a response record without WARC-Target-URI; skipped",
                "mixed.warc: at byte " + offsets[2] + ": its WARC-Date 2019-08-15T01:02 is incomplete; read as "
                        + "2019-08-15T01:02:00Z",
                "mixed.warc: at byte " + offsets[3] + ": its HTTP response does not parse (it starts 'HTTPX/1.1 200 "
                        + "OK'); skipped",
                "mixed.warc: at byte " + offsets[5] + ": a request record that holds an HTTP response ('HTTP/1.1 "
                        + "200 OK'); skipped"),
                problems.stream().map(RecordProblem::toString).toList());
    }

    @Test
    void aTruncatedLastRecordIsReadAsFarAsItGoesPlainOrGzipped() throws IOException {
        for (boolean gzip : new boolean[]{false, true}) {
            // text that does not compress, so that half the gzip member is about half the record
            StringBuilder noise = new StringBuilder();
            for (int i = 0; i < 400; i++) {
                noise.append(Integer.toHexString(("" + i).hashCode() * 31 + i * 7919)).append(' ');
            }
            RawRecord last = page("https://b.example/", noise.toString());
            int full = last.bytes().length;
            last.cutTo(full - 30);
            List<RawRecord> records = List.of(page("https://a.example/", "whole"), last);
            Path file = gzip ? dir.resolve("cut.warc.gz") : dir.resolve("cut.warc");
            if (gzip) {
                byte[] whole = WarcFiles.gzipPerRecord(records);
                byte[] first = WarcFiles.gzip(records.get(0).bytes());
                // a download that stopped: the second gzip member ends early
                Files.write(file, Arrays.copyOf(whole, first.length + (whole.length - first.length) / 2));
            } else {
                WarcFiles.plain(file, records);
            }
            List<RecordProblem> problems = new ArrayList<>();
            try (Spool spool = Spool.create()) {
                List<ForeignRecord> read = WarcFileReader.read(file, "cut", spool, problems::add);

                assertEquals(2, read.size(), file + " " + problems);
                assertTrue(read.get(1).truncated());
                assertFalse(read.get(0).truncated());
                assertEquals(1, problems.size(), problems.toString());
                assertTrue(problems.get(0).message().startsWith("the file ends inside this record, after "),
                        problems.toString());
                assertTrue(problems.get(0).message().endsWith("read as far as it goes and marked WARC-Truncated"));
            }
        }
    }

    @Test
    void wholeFileGzipIsUnpackedAndItsOffsetsAreThoseOfTheUnpackedContent() throws IOException {
        List<RawRecord> records = List.of(page("https://a.example/", "one"),
                RawRecord.response("https://b.example/", T, HttpBlocks.message("HTTPX/1.1 200 OK", List.of(),
                        new byte[0])),
                page("https://c.example/", "three"));
        Path file = WarcFiles.gzipWhole(dir.resolve("whole.warc.gz"), records);
        List<RecordProblem> problems = new ArrayList<>();
        try (Spool spool = Spool.create()) {
            List<ForeignRecord> read = WarcFileReader.read(file, "whole.warc.gz", spool, problems::add);
            assertEquals(List.of("https://a.example/", "https://c.example/"),
                    read.stream().map(ForeignRecord::target).toList());
        }
        assertEquals(1, problems.size());
        assertEquals("whole.warc.gz (unpacked)", problems.get(0).source());
        assertEquals(offsets(records)[1], problems.get(0).offset());
    }

    @Test
    void aCorruptGzipMemberOrGarbageBetweenRecordsIsSkippedToTheNextRecord() throws IOException {
        List<RawRecord> records = List.of(page("https://a.example/", "one"), page("https://b.example/", "two"),
                page("https://c.example/", "three"));
        byte[] a = WarcFiles.gzip(records.get(0).bytes());
        byte[] b = WarcFiles.gzip(records.get(1).bytes());
        byte[] c = WarcFiles.gzip(records.get(2).bytes());
        for (int i = 20; i < b.length - 10; i++) {
            b[i] ^= 0x5a; // the deflate data of the middle record, scrambled
        }
        Path gz = dir.resolve("corrupt.warc.gz");
        Files.write(gz, concat(a, b, c));
        Path plain = dir.resolve("garbage.warc");
        Files.write(plain, concat(records.get(0).bytes(), "this is no record\r\n".getBytes(StandardCharsets.UTF_8),
                records.get(2).bytes()));

        for (Path file : List.of(gz, plain)) {
            List<RecordProblem> problems = new ArrayList<>();
            try (Spool spool = Spool.create()) {
                List<ForeignRecord> read = WarcFileReader.read(file, file.getFileName().toString(), spool,
                        problems::add);
                assertEquals(List.of("https://a.example/", "https://c.example/"),
                        read.stream().map(ForeignRecord::target).toList(), file.toString());
            }
            assertEquals(1, problems.size(), problems.toString());
            assertTrue(problems.get(0).message().endsWith("skipped to the next record, at byte "
                    + (file == gz ? a.length + b.length : records.get(0).bytes().length + 19)), problems.toString());
        }
    }

    @Test
    void oldDraftVersionsAndArcFilesAreRead() throws IOException {
        Path warc = WarcFiles.plain(dir.resolve("old.warc"), List.of(
                page("https://a.example/", "draft 0.17").version("WARC/0.17"),
                page("https://b.example/", "draft 0.18").version("WARC/0.18")));
        String html = "<html><head><title>ARC</title></head><body><p>from 1996</p></body></html>";
        String http = "HTTP/1.0 200 OK\r\nContent-Type: text/html\r\n\r\n" + html;
        String header = "1 0 Alexa Internet\nURL IP-address Archive-date Content-type Archive-length\n";
        String arc = "filedesc://old.arc 0.0.0.0 19960815010203 text/plain " + header.length() + "\n" + header + "\n"
                + "http://www.example.com/ 192.0.2.1 19960815010203 text/html " + http.length() + "\n" + http + "\n";
        Path arcFile = Files.writeString(dir.resolve("old.arc"), arc, StandardCharsets.ISO_8859_1);
        List<RecordProblem> problems = new ArrayList<>();
        try (Spool spool = Spool.create()) {
            List<ForeignRecord> read = WarcFileReader.read(warc, "old.warc", spool, problems::add);
            assertEquals(List.of("WARC/0.17", "WARC/0.18"), read.stream().map(r -> r.version().toString()).toList());
            List<ForeignRecord> fromArc = WarcFileReader.read(arcFile, "old.arc", spool, problems::add);
            assertEquals(1, fromArc.size());
            assertTrue(fromArc.get(0).isArc());
            assertEquals("http://www.example.com/", fromArc.get(0).target());
            assertEquals(200, fromArc.get(0).status());
            assertEquals(Instant.parse("1996-08-15T01:02:03Z"), fromArc.get(0).date());
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void uncompressedBrotliOfTheTestsIsBrotli() throws IOException {
        byte[] text = "a page sent with Content-Encoding: br ".repeat(3000).getBytes(StandardCharsets.UTF_8);
        try (BrotliInputStream in = new BrotliInputStream(new ByteArrayInputStream(WarcFiles.brotli(text)))) {
            assertArrayEquals(text, in.readAllBytes());
        }
    }

    private static long[] offsets(List<RawRecord> records) {
        long[] offsets = new long[records.size()];
        for (int i = 1; i < records.size(); i++) {
            offsets[i] = offsets[i - 1] + records.get(i - 1).bytes().length;
        }
        return offsets;
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
