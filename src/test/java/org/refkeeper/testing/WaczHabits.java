package org.refkeeper.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** WACZ packages as Browsertrix and ArchiveWeb.page write them. */
public final class WaczHabits {
    private WaczHabits() {
    }

    /** One page of a package: its records, and its line in the page list. */
    public record Page(String id, String url, Instant ts, String title, List<RawRecord> records) {
    }

    /**
     * A page as a browser-based crawler records it: every record tagged with the page's id (WARC-Page-ID),
     * SHA-256 digests in hex, WARC/1.1, each response followed by its request with the page as Referer.
     */
    public static Page page(String id, String url, Instant ts, String title, byte[] html, Map<String, byte[]> used) {
        List<RawRecord> records = new ArrayList<>();
        add(records, id, url, ts, "text/html; charset=utf-8", html, null);
        int n = 1;
        for (Map.Entry<String, byte[]> e : used.entrySet()) {
            String type = e.getKey().endsWith(".png") ? "image/png" : e.getKey().endsWith(".css") ? "text/css"
                    : "text/html; charset=utf-8";
            add(records, id, e.getKey(), ts.plusMillis(250L * n++), type, e.getValue(), url);
        }
        return new Page(id, url, ts, title, records);
    }

    private static void add(List<RawRecord> records, String id, String url, Instant at, String type, byte[] body,
                            String referer) {
        RawRecord response = RawRecord.response(url, at, HttpBlocks.ok(type, body)).version("WARC/1.1")
                .field("WARC-Page-ID", id).digests("SHA-256").hex();
        records.add(response);
        List<String> headers = new ArrayList<>(List.of("User-Agent: Mozilla/5.0 (X11; Linux x86_64) Chrome/120.0"));
        if (referer != null) {
            headers.add("Referer: " + referer);
        }
        records.add(RawRecord.request(url, at, HttpBlocks.get(Habits.path(url), Habits.host(url), headers))
                .version("WARC/1.1").field("WARC-Page-ID", id).field("WARC-Concurrent-To", response.id())
                .digests("SHA-256").hex());
    }

    /**
     * Browsertrix Crawler 1.x: {@code archive/rec-*.warc.gz}, seeds in {@code pages/pages.jsonl} and the pages
     * it found in {@code pages/extraPages.jsonl}, a CDXJ index, and a datapackage-digest.json that signs the
     * package (signedData: the hash, a signature and the crawler's public key).
     */
    public static Path browsertrix(Path file, List<Page> seeds, List<Page> extra) throws IOException {
        List<RawRecord> records = new ArrayList<>();
        seeds.forEach(p -> records.addAll(p.records()));
        extra.forEach(p -> records.addAll(p.records()));
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("archive/rec-20190815010203123-crawl-1.warc.gz", WarcFiles.gzipPerRecord(records));
        entries.put("pages/pages.jsonl", pages(seeds, "Seed Pages"));
        entries.put("pages/extraPages.jsonl", pages(extra, "Non-Seed Pages"));
        entries.put("indexes/index.cdxj", "".getBytes(StandardCharsets.UTF_8));
        byte[] datapackage = ("{\"profile\":\"data-package\",\"wacz_version\":\"1.1.1\",\"software\":"
                + "\"Browsertrix-Crawler 1.0.4 (with warcio.js 2.2.1)\",\"created\":\"2019-08-15T01:10:00Z\","
                + "\"resources\":[]}").getBytes(StandardCharsets.UTF_8);
        entries.put("datapackage.json", datapackage);
        entries.put("datapackage-digest.json", ("{\"path\":\"datapackage.json\",\"hash\":\"" + sha256(datapackage)
                + "\",\"signedData\":{\"hash\":\"" + sha256(datapackage) + "\",\"signature\":"
                + "\"MEUCIQDzY0Bk0bYFZ2rQ1p3t9Tq0v4m8XxJ7Xn3mJ4bq9U5yAIgQ4b6XhF3Vw==\",\"publicKey\":"
                + "\"MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE8jL0Z2c\",\"created\":\"2019-08-15T01:10:00Z\","
                + "\"software\":\"authsign 0.5.0\"}}").getBytes(StandardCharsets.UTF_8));
        return WarcFiles.zip(file, entries);
    }

    /** ArchiveWeb.page 0.11: one {@code archive/data.warc.gz}, {@code pages/pages.jsonl} with the page's text. */
    public static Path archiveWebPage(Path file, List<Page> pages) throws IOException {
        List<RawRecord> records = new ArrayList<>();
        pages.forEach(p -> records.addAll(p.records()));
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("archive/data.warc.gz", WarcFiles.gzipPerRecord(records));
        entries.put("pages/pages.jsonl", pages(pages, "All Pages"));
        entries.put("datapackage.json", ("{\"profile\":\"data-package\",\"wacz_version\":\"1.1.1\",\"software\":"
                + "\"ArchiveWeb.page 0.11.2, using warcio.js 2.2.0\",\"resources\":[]}")
                .getBytes(StandardCharsets.UTF_8));
        return WarcFiles.zip(file, entries);
    }

    private static byte[] pages(List<Page> pages, String title) {
        StringBuilder jsonl = new StringBuilder("{\"format\":\"json-pages-1.0\",\"id\":\"pages\",\"title\":\""
                + title + "\",\"hasText\":false}\n");
        for (Page p : pages) {
            jsonl.append("{\"id\":\"").append(p.id()).append("\",\"url\":\"").append(p.url()).append("\",\"ts\":\"")
                    .append(p.ts()).append("\",\"title\":\"").append(p.title()).append("\"}\n");
        }
        return jsonl.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String sha256(byte[] bytes) {
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
