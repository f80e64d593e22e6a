package org.refkeeper.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.refkeeper.testing.ToolSite.A;
import static org.refkeeper.testing.ToolSite.B;
import static org.refkeeper.testing.ToolSite.CSS;
import static org.refkeeper.testing.ToolSite.CSS_BYTES;
import static org.refkeeper.testing.ToolSite.LOGO;
import static org.refkeeper.testing.ToolSite.LOGO_BYTES;

/**
 * {@link ToolSite} as browser-based recorders package it (Browsertrix Crawler 1.x, ArchiveWeb.page 0.11): what
 * the browser handed over, not what the server sent. HTTP/2 responses get a status line without reason phrase
 * ({@code HTTP/2.0 200}, or {@code HTTP/1.1 200 } with the empty status text) and header names in lower case;
 * bodies are stored as the browser decoded them while {@code content-encoding: gzip} and the compressed
 * {@code content-length} stay in the head; each response is followed by its request; records about a page are
 * resources named {@code urn:pageinfo:URL} and {@code urn:text:URL}; one package holds several WARCs.
 */
public final class RecorderWacz {
    private RecorderWacz() {
    }

    /**
     * Browsertrix Crawler: two workers' WARCs under archive/, each page's records tagged with its id (WARC-Page-ID),
     * the seed in pages/pages.jsonl and the page found from it in pages/extraPages.jsonl, a ZipNum index
     * (indexes/index.idx over indexes/index.cdx.gz), SHA-256 digests in hex.
     */
    public static Path browsertrix(Path file, Instant at) throws IOException {
        List<RawRecord> worker0 = new ArrayList<>();
        page(worker0, "p-a", A, at, ToolSite.html("a", "style.css", "logo.png", "b"), "HTTP/2.0 200", true);
        page(worker0, "p-a", CSS, at.plusMillis(300), CSS_BYTES, "HTTP/2.0 200", true);
        page(worker0, "p-a", LOGO, at.plusMillis(400), LOGO_BYTES, "HTTP/2.0 200", false);
        worker0.add(about("pageinfo", A, at, "p-a", "application/json", "{\"pageid\":\"p-a\",\"url\":\"" + A
                + "\",\"ts\":\"" + at + "\",\"counts\":{\"jsErrors\":0}}"));
        List<RawRecord> worker1 = new ArrayList<>();
        Instant b = at.plusSeconds(5);
        page(worker1, "p-b", B, b, ToolSite.html("b", "/style.css", "/logo.png", "/a"), "HTTP/2.0 200", true);
        page(worker1, "p-b", CSS, b.plusMillis(300), CSS_BYTES, "HTTP/2.0 200", true);
        page(worker1, "p-b", LOGO, b.plusMillis(400), LOGO_BYTES, "HTTP/2.0 200", false);
        worker1.add(about("pageinfo", B, b, "p-b", "application/json", "{\"pageid\":\"p-b\",\"url\":\"" + B + "\"}"));
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("archive/rec-20190815010203-crawl-0.warc.gz", WarcFiles.gzipPerRecord(worker0));
        entries.put("archive/rec-20190815010208-crawl-1.warc.gz", WarcFiles.gzipPerRecord(worker1));
        entries.put("indexes/index.cdx.gz", WarcFiles.gzip(("org,example)/a 20190815010203 {\"url\":\"" + A
                + "\",\"offset\":0,\"length\":900,\"filename\":\"rec-20190815010203-crawl-0.warc.gz\"}\n")
                .getBytes(StandardCharsets.UTF_8)));
        entries.put("indexes/index.idx", ("!meta 0 {\"format\":\"cdxj-gzip-1.0\",\"filename\":\"index.cdx.gz\"}\n"
                + "org,example)/a 20190815010203 {\"offset\":0,\"length\":120,\"digest\":\"sha256:00\","
                + "\"filename\":\"index.cdx.gz\"}\n").getBytes(StandardCharsets.UTF_8));
        entries.put("pages/pages.jsonl", lines("{\"format\":\"json-pages-1.0\",\"id\":\"pages\",\"title\":\"Seed Pages\"}",
                "{\"id\":\"p-a\",\"url\":\"" + A + "\",\"title\":\"Page a\",\"loadState\":4,\"ts\":\"" + at
                        + "\",\"mime\":\"text/html\",\"status\":200,\"seed\":true,\"depth\":0}"));
        entries.put("pages/extraPages.jsonl", lines("{\"format\":\"json-pages-1.0\",\"id\":\"extra-pages\","
                + "\"title\":\"Non-Seed Pages\"}", "{\"id\":\"p-b\",\"url\":\"" + B + "\",\"title\":\"Page b\","
                + "\"loadState\":4,\"ts\":\"" + b + "\",\"mime\":\"text/html\",\"status\":200,\"depth\":1}"));
        entries.put("datapackage.json", ("{\"profile\":\"data-package\",\"wacz_version\":\"1.1.1\",\"software\":"
                + "\"Browsertrix-Crawler 1.2.0 (with warcio.js 2.2.1)\",\"resources\":[]}").getBytes(StandardCharsets.UTF_8));
        return WarcFiles.zip(file, entries);
    }

    /**
     * ArchiveWeb.page without page ids on its records, its WARCs cut by size so that a page and what it uses end up
     * in different files: A and its sheet in the first, its picture, the page text and B in the second; status
     * lines {@code HTTP/1.1 200 } with the empty status text of HTTP/2.
     */
    public static Path archiveWebPage(Path file, Instant at) throws IOException {
        List<RawRecord> first = new ArrayList<>();
        page(first, null, A, at, ToolSite.html("a", "style.css", "logo.png", "b"), "HTTP/1.1 200 ", true);
        page(first, null, CSS, at.plusMillis(300), CSS_BYTES, "HTTP/1.1 200 ", true);
        List<RawRecord> second = new ArrayList<>();
        page(second, null, LOGO, at.plusMillis(400), LOGO_BYTES, "HTTP/1.1 200 ", false);
        second.add(about("text", A, at, null, "text/plain", ToolSite.text("a")));
        Instant b = at.plusSeconds(5);
        page(second, null, B, b, ToolSite.html("b", "/style.css", "/logo.png", "/a"), "HTTP/1.1 200 ", true);
        page(second, null, CSS, b.plusMillis(300), CSS_BYTES, "HTTP/1.1 200 ", true);
        page(second, null, LOGO, b.plusMillis(400), LOGO_BYTES, "HTTP/1.1 200 ", false);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("archive/data.warc.gz", WarcFiles.gzipPerRecord(first));
        entries.put("archive/data-1.warc.gz", WarcFiles.gzipPerRecord(second));
        entries.put("indexes/index.cdx", ("org,example)/a 20190815010203 {\"url\":\"" + A + "\"}\n")
                .getBytes(StandardCharsets.UTF_8));
        entries.put("pages/pages.jsonl", lines("{\"format\":\"json-pages-1.0\",\"id\":\"pages\",\"title\":\"All Pages\","
                + "\"hasText\":true}", "{\"id\":\"1\",\"url\":\"" + A + "\",\"title\":\"Page a\",\"ts\":\"" + at
                + "\",\"text\":\"page a\"}", "{\"id\":\"2\",\"url\":\"" + B + "\",\"title\":\"Page b\",\"ts\":\"" + b
                + "\"}"));
        entries.put("datapackage.json", ("{\"profile\":\"data-package\",\"wacz_version\":\"1.1.1\",\"software\":"
                + "\"ArchiveWeb.page 0.11.3, using warcio.js 2.2.1\",\"resources\":[]}").getBytes(StandardCharsets.UTF_8));
        return WarcFiles.zip(file, entries);
    }

    /** A response as the browser gave it, then its request; decoded HTML and CSS keep their gzip label. */
    private static void page(List<RawRecord> records, String pageId, String url, Instant at, byte[] body,
                             String statusLine, boolean decodedButLabelled) {
        String type = url.endsWith(".css") ? "text/css" : url.endsWith(".png") ? "image/png" : "text/html; charset=utf-8";
        List<String> headers = new ArrayList<>(List.of("content-type: " + type, "date: Thu, 15 Aug 2019 01:02:03 GMT"));
        if (decodedButLabelled) {
            headers.add("content-encoding: gzip");
            headers.add("content-length: " + WarcFiles.gzip(body).length);
        } else {
            headers.add("content-length: " + body.length);
        }
        RawRecord response = RawRecord.response(url, at, HttpBlocks.message(statusLine, headers, body))
                .version("WARC/1.1").digests("SHA-256").hex();
        RawRecord request = RawRecord.request(url, at, HttpBlocks.message("GET " + Habits.path(url) + " HTTP/1.1",
                        List.of("user-agent: Mozilla/5.0 (X11; Linux x86_64) Chrome/120.0", "accept: */*"), new byte[0]))
                .version("WARC/1.1").field("WARC-Concurrent-To", response.id()).digests("SHA-256").hex();
        if (pageId != null) {
            response.field("WARC-Page-ID", pageId);
            request.field("WARC-Page-ID", pageId);
        }
        records.add(response);
        records.add(request);
    }

    private static RawRecord about(String kind, String url, Instant at, String pageId, String type, String body) {
        RawRecord r = RawRecord.of("resource", "urn:" + kind + ":" + url, at).version("WARC/1.1")
                .block(type, body.getBytes(StandardCharsets.UTF_8));
        return pageId == null ? r : r.field("WARC-Page-ID", pageId);
    }

    private static byte[] lines(String... lines) {
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
