package org.refkeeper.cli;

import org.apache.commons.compress.archivers.zip.*;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refkeeper.testing.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.time.Instant;
import java.util.*;

class ScratchCliTest {
    @TempDir Path dir;
    static final Instant T = Instant.parse("2019-08-15T01:02:03Z");
    List<String> out = new ArrayList<>();

    void run(String name, Path... files) {
        List<String> args = new ArrayList<>(List.of("--archive", dir.resolve("a-" + name).toString(), "import"));
        for (Path f : files) args.add(f.toString());
        ImportCommandTest.Run r = ImportCommandTest.run(args.toArray(String[]::new));
        out.add("### " + name + " exit " + r.exit() + "\nOUT: " + r.out() + "\nERR: " + r.err());
    }

    static RawRecord page(String url) {
        return RawRecord.response(url, T, HttpBlocks.ok("text/html", HttpBlocks.html("Page", "<article><p>"
                + "A page with enough words in its article to be judged as one. ".repeat(5) + "</p></article>")));
    }

    @Test
    void explore() throws Exception {
        run("empty", Files.write(dir.resolve("empty.warc"), new byte[0]));
        run("text", Files.writeString(dir.resolve("notes.warc"), "Some notes\nabout WARC/1.0 files\n"));
        run("textgz", Files.write(dir.resolve("notes.warc.gz"), WarcFiles.gzip("Some notes".getBytes())));
        run("traversal", WarcFiles.zip(dir.resolve("trav.wacz"), Map.of("../../x", new byte[]{'x'}, "archive/data.warc.gz", WarcFiles.gzipPerRecord(List.of(page("https://a.example.org/"))))));
        // symlink entry
        Path sym = dir.resolve("sym.wacz");
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(sym)) {
            ZipArchiveEntry e = new ZipArchiveEntry("archive/data.warc.gz");
            e.setUnixMode(0120777);
            byte[] target = "/etc/passwd".getBytes();
            e.setSize(target.length);
            zip.putArchiveEntry(e); zip.write(target); zip.closeArchiveEntry();
            ZipArchiveEntry p = new ZipArchiveEntry("pages/pages.jsonl");
            zip.putArchiveEntry(p); zip.write("{\"format\":\"json-pages-1.0\"}\n".getBytes()); zip.closeArchiveEntry();
        }
        run("symlink", sym);
        // datapackage mismatch
        Map<String, byte[]> e = new LinkedHashMap<>();
        byte[] warc = WarcFiles.gzipPerRecord(List.of(page("https://a.example.org/")));
        e.put("archive/data.warc.gz", warc);
        e.put("datapackage.json", ("{\"profile\":\"data-package\",\"wacz_version\":\"1.1.1\",\"resources\":[{\"name\":\"data.warc.gz\",\"path\":\"archive/data.warc.gz\",\"hash\":\"sha256:0000000000000000000000000000000000000000000000000000000000000000\",\"bytes\":" + warc.length + "}]}").getBytes());
        run("digest", WarcFiles.zip(dir.resolve("digest.wacz"), e));
        // zip bomb: entry of 600 MiB zeros
        Path bomb = dir.resolve("bomb.wacz");
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(bomb)) {
            ZipArchiveEntry en = new ZipArchiveEntry("archive/data.warc");
            zip.putArchiveEntry(en);
            byte[] z = new byte[1 << 20];
            for (int i = 0; i < 300; i++) zip.write(z);
            zip.closeArchiveEntry();
        }
        out.add("bomb size " + Files.size(bomb));
        long t0 = System.nanoTime();
        run("bomb", bomb);
        out.add("bomb took " + (System.nanoTime() - t0) / 1_000_000 + " ms");
        // gzip bomb record: Content-Length 1 GiB of zeros in one WARC record
        if (Boolean.getBoolean("bomb2")) {
            long n = 1L << 30;
            String head = "WARC/1.0\r\nWARC-Type: resource\r\nWARC-Record-ID: <urn:uuid:12345678-1234-1234-1234-123456789012>\r\nWARC-Target-URI: https://z.example.org/zero.bin\r\nWARC-Date: 2019-08-15T01:02:03Z\r\nContent-Type: application/octet-stream\r\nContent-Length: " + n + "\r\n\r\n";
            java.io.ByteArrayOutputStream bo = new java.io.ByteArrayOutputStream();
            try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(bo, 1 << 16)) {
                gz.write(head.getBytes());
                byte[] z = new byte[1 << 20];
                for (long w = 0; w < n; w += z.length) gz.write(z);
                gz.write("\r\n\r\n".getBytes());
            }
            byte[] rec = bo.toByteArray();
            byte[] pg = WarcFiles.gzip(page("https://a.example.org/").bytes());
            Path f = dir.resolve("bomb2.warc.gz");
            try (var o = Files.newOutputStream(f)) { o.write(pg); o.write(rec); }
            out.add("bomb2 size " + Files.size(f));
            long t1 = System.nanoTime();
            run("bomb2", f);
            out.add("bomb2 took " + (System.nanoTime() - t1) / 1_000_000 + " ms");
        }
        out.forEach(System.out::println);
        Files.write(Path.of("/tmp/scratch/cli.txt"), out);
    }
}
