package org.refkeeper.cli;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refkeeper.testing.HttpBlocks;
import org.refkeeper.testing.RawRecord;
import org.refkeeper.testing.WarcFiles;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Files that are not what they say, or are made to harm: each is named on one line of stderr with the entry or
 * byte where it goes wrong and what to do, and nothing of it reaches the disk that it should not.
 */
class ImportBadPackagesTest {
    private static final Instant T = Instant.parse("2019-08-15T01:02:03Z");
    private static final String PAGE = "https://a.example.org/";

    @TempDir
    Path dir;

    private static byte[] page() {
        return RawRecord.response(PAGE, T, HttpBlocks.ok("text/html", HttpBlocks.html("Page", "<article><p>"
                + "A page with enough words in its article to be judged as one. ".repeat(5) + "</p></article>")))
                .bytes();
    }

    private ImportCommandTest.Run importing(Path file) {
        return ImportCommandTest.run("--archive", dir.resolve("archive-" + file.getFileName()).toString(), "import",
                file.toString());
    }

    /** The page imported from {@code file} restores offline with its text, and the archive verifies. */
    private void assertRestoresAndVerifies(Path file) throws IOException {
        String archive = dir.resolve("archive-" + file.getFileName()).toString();
        Path to = dir.resolve("restored-" + file.getFileName());
        ImportCommandTest.Run restore = ImportCommandTest.run("--archive", archive, "restore", PAGE, "--to",
                to.toString());
        assertEquals(ExitCodes.OK, restore.exit(), restore.err());
        assertTrue(Files.readString(to.resolve("index.html")).contains("judged as one"));
        ImportCommandTest.Run verify = ImportCommandTest.run("--archive", archive, "verify");
        assertEquals(ExitCodes.OK, verify.exit(), verify.out() + verify.err());
    }

    /** Importing {@code file} is refused (exit 2) with one line that names it and says {@code why}. */
    private void assertRefused(Path file, String why) throws Exception {
        ImportCommandTest.Run run = importing(file);
        assertEquals(ExitCodes.USAGE, run.exit());
        assertEquals(List.of("refkeeper: " + file + ": " + why), said(run));
    }

    /** The lines refkeeper wrote to stderr, without the progress of the run. */
    private static List<String> said(ImportCommandTest.Run run) {
        return run.err().lines().filter(l -> l.startsWith("refkeeper: ")).toList();
    }

    @Test
    void anEmptyFileIsCalledEmpty() throws Exception {
        Path empty = Files.write(dir.resolve("crawl.warc.gz"), new byte[0]);
        assertRefused(empty, "an empty file (0 bytes); give files written by a web "
                + "archiving tool");
    }

    @Test
    void aPipeIsNoFileToImport() throws Exception {
        Path pipe = dir.resolve("crawl.warc");
        assertEquals(0, new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor());
        assertRefused(pipe, "not a regular file (a device or a pipe); give WARC, ARC or "
                + "WACZ files");
    }

    @Test
    void aTextFileNamedWarcIsNoWarc() throws Exception {
        Path text = Files.writeString(dir.resolve("crawl.warc"), "Notes on the crawl\nWARC/1.0 files to come\n");
        assertRefused(text, "not a WARC, ARC or WACZ file (it starts with no WARC record and "
                + "no zip header); give files written by a web archiving tool");
    }

    @Test
    void aZstandardWarcIsCalledSoWithWhatToDo() throws Exception {
        // ArchiveTeam's .warc.zst: a skippable frame (magic 0x184D2A5D) holding the dictionary, then zstd frames
        byte[] start = {0x5d, 0x2a, 0x4d, 0x18, 8, 0, 0, 0, 0x37, (byte) 0xa4, 0x30, (byte) 0xec, 1, 2, 3, 4,
                0x28, (byte) 0xb5, 0x2f, (byte) 0xfd, 0x20, 0x05, 0x29, 0, 0};
        Path zst = Files.write(dir.resolve("crawl.warc.zst"), start);
        assertRefused(zst, "a Zstandard-compressed file (as ArchiveTeam writes .warc.zst); "
                + "refkeeper reads WARC files plain or gzipped: unpack it to a .warc first");
    }

    @Test
    void aSymbolicLinkInAPackageIsRefusedByName() throws Exception {
        Path wacz = dir.resolve("links.wacz");
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(wacz)) {
            ZipArchiveEntry link = new ZipArchiveEntry("archive/data.warc.gz");
            link.setUnixMode(0120777);
            zip.putArchiveEntry(link);
            zip.write("/etc/passwd".getBytes(StandardCharsets.UTF_8));
            zip.closeArchiveEntry();
        }
        assertRefused(wacz, "entry archive/data.warc.gz is a symbolic link, which no WACZ "
                + "holds; not imported: refkeeper opens only well-formed WACZ files within its size limits (get an "
                + "intact copy of the package)");
    }

    @Test
    void aPathOutsideThePackageIsRefusedByName() throws Exception {
        Path wacz = WarcFiles.zip(dir.resolve("escape.wacz"), Map.of("../../x", new byte[]{'x'},
                "archive/data.warc", page()));
        ImportCommandTest.Run run = importing(wacz);
        assertEquals(ExitCodes.USAGE, run.exit());
        assertTrue(said(run).get(0).startsWith("refkeeper: " + wacz + ": entry ../../x points outside the package;"),
                run.err());
        assertTrue(Files.notExists(dir.resolve("x")) && Files.notExists(dir.getParent().resolve("x")));
    }

    @Test
    void anEntryThatInflatesAThousandfoldIsAZipBombAndIsNotUnpacked() throws Exception {
        Path wacz = dir.resolve("bomb.wacz");
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(wacz)) {
            zip.putArchiveEntry(new ZipArchiveEntry("archive/data.warc"));
            zip.write(page());
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) {
                zip.write(zeros);
            }
            zip.closeArchiveEntry();
        }
        ImportCommandTest.Run run = importing(wacz);
        assertEquals(ExitCodes.USAGE, run.exit());
        assertTrue(said(run).get(0).startsWith("refkeeper: " + wacz + ": entry archive/data.warc unpacks to 64 MiB "
                + "from "), run.err());
        assertTrue(said(run).get(0).contains("as a zip bomb does; not imported"), run.err());
    }

    @Test
    void aGzipBombRecordStopsTheFileThereAndThePagesBeforeItAreImported() throws Exception {
        Path warc = dir.resolve("bomb.warc.gz");
        byte[] first = WarcFiles.gzip(page());
        try (OutputStream out = Files.newOutputStream(warc)) {
            out.write(first);
            out.write(zeroRecord(300L << 20));
        }
        assertTrue(Files.size(warc) < (1 << 20), "a small file: " + Files.size(warc));
        ImportCommandTest.Run run = importing(warc);
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        assertTrue(run.out().contains("new         " + PAGE), run.out());
        assertEquals(List.of("refkeeper: " + warc + ": at byte " + first.length + ": the file "
                + "unpacks to more than 256 MiB, over 100 times its own size, as a decompression bomb does; this "
                + "record and the rest of the file are not read"), said(run));
        assertRestoresAndVerifies(warc);
    }

    @Test
    void aWholeFileGzipThatUnpacksToABombIsReadOnlyAsFarAsItsLimit() throws Exception {
        Path warc = dir.resolve("whole.warc.gz");
        ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(gzipped, 1 << 16)) {
            gz.write(page());
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 300; i++) {
                gz.write(zeros);
            }
        }
        Files.write(warc, gzipped.toByteArray());
        ImportCommandTest.Run run = importing(warc);
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        assertTrue(run.out().contains("new         " + PAGE), run.out());
        assertEquals("refkeeper: " + warc + ": at byte 0: the file unpacks to more than 256 MiB, over 100 times its "
                + "own size, as a decompression bomb does; read as far as that", said(run).get(0));
        assertRestoresAndVerifies(warc);
    }

    @Test
    void aPackageWhoseEntriesAreNotWhatItsDatapackageListsIsImportedAndSaidToBe() throws Exception {
        byte[] warc = WarcFiles.gzipPerRecord(List.of(RawRecord.response(PAGE, T, HttpBlocks.ok("text/html",
                HttpBlocks.html("Page", "<article><p>" + "Enough words to be an article. ".repeat(8)
                        + "</p></article>")))));
        byte[] pages = ("{\"format\":\"json-pages-1.0\",\"id\":\"pages\"}\n{\"url\":\"" + PAGE + "\",\"ts\":\"" + T
                + "\"}\n").getBytes(StandardCharsets.UTF_8);
        byte[] datapackage = ("{\"profile\":\"data-package\",\"wacz_version\":\"1.1.1\",\"resources\":["
                + "{\"name\":\"data.warc.gz\",\"path\":\"archive/data.warc.gz\",\"hash\":\"sha256:"
                + sha256("something else".getBytes(StandardCharsets.UTF_8)) + "\",\"bytes\":" + warc.length + "},"
                + "{\"name\":\"pages.jsonl\",\"path\":\"pages/pages.jsonl\",\"hash\":\"sha256:" + sha256(pages)
                + "\",\"bytes\":" + pages.length + "}]}").getBytes(StandardCharsets.UTF_8);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("archive/data.warc.gz", warc);
        entries.put("pages/pages.jsonl", pages);
        entries.put("datapackage.json", datapackage);
        entries.put("datapackage-digest.json", ("{\"path\":\"datapackage.json\",\"hash\":\"sha256:"
                + sha256(datapackage) + "\"}").getBytes(StandardCharsets.UTF_8));
        Path wacz = WarcFiles.zip(dir.resolve("changed.wacz"), entries);

        ImportCommandTest.Run run = importing(wacz);
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        assertTrue(run.out().contains("new         " + PAGE), run.out());
        assertEquals(List.of("refkeeper: " + wacz + "!archive/data.warc.gz: its SHA-256 is not the one "
                + "datapackage.json lists: the package changed after it was written, or is damaged; imported as it is "
                + "(get an intact copy of the package if you can)"), said(run));
    }

    /** One WARC record of {@code size} zero bytes, gzipped: a few hundred KB. */
    private static byte[] zeroRecord(long size) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes, 1 << 16)) {
            gz.write(("WARC/1.0\r\nWARC-Type: resource\r\nWARC-Record-ID: <urn:uuid:0f0a6a55-3f0e-4e8e-9d0e-6f1c"
                    + "2b7a9d10>\r\nWARC-Target-URI: https://a.example.org/zeros.bin\r\nWARC-Date: 2019-08-15T01:02:04Z"
                    + "\r\nContent-Type: application/octet-stream\r\nContent-Length: " + size + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            byte[] zeros = new byte[1 << 20];
            for (long written = 0; written < size; written += zeros.length) {
                gz.write(zeros);
            }
            gz.write("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        return bytes.toByteArray();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
