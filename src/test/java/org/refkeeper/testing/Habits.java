package org.refkeeper.testing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * WARC files written the way each tool in the field writes them, each habit in a few records: the test WARCs of
 * the import. What each writer does is in its method's comment; README.md in fixtures/ says where it was seen.
 */
public final class Habits {
    public static final Instant CRAWL1 = Instant.parse("2019-08-15T01:02:03Z");
    public static final Instant CRAWL2 = Instant.parse("2019-08-22T01:02:03Z");

    private Habits() {
    }

    /** A page that names a style sheet and a picture, with {@code text} in an article. */
    public static byte[] article(String title, String text, String css, String img) {
        return HttpBlocks.html(title, "<link rel=\"stylesheet\" href=\"" + css + "\"><article><h1>" + title
                + "</h1><p>" + text + "</p><img src=\"" + img + "\"></article>");
    }

    /**
     * Heritrix 3: WARC/1.0; a warcinfo; for every URL a response, then its request and a metadata record (via,
     * outlinks), both WARC-Concurrent-To the response; IP address and SHA-1 digests on responses. A later crawl
     * that finds the same payload writes a revisit record (identical-payload-digest, WARC-Truncated: length) with
     * the HTTP head only, naming the original by its payload digest alone.
     *
     * @param revisit whether every unchanged URL is a revisit record of the earlier crawl rather than a response
     */
    public static List<RawRecord> heritrix(Instant at, List<Page> pages, boolean revisit) {
        List<RawRecord> records = new ArrayList<>();
        RawRecord info = RawRecord.of("warcinfo", null, at).block("application/warc-fields",
                ("software: Heritrix/3.4.0-20200304 http://crawler.archive.org\r\nformat: WARC File Format 1.0\r\n"
                        + "operator: crawl@example.org\r\n").getBytes(StandardCharsets.UTF_8));
        records.add(info);
        int second = 0;
        for (Page page : pages) {
            Instant date = at.plusSeconds(second++);
            byte[] http = HttpBlocks.ok(page.type(), page.body());
            RawRecord main = revisit
                    ? RawRecord.of("revisit", page.url(), date)
                    .field("WARC-Profile", "http://netpreserve.org/warc/1.0/revisit/identical-payload-digest")
                    .field("WARC-Truncated", "length")
                    .field("WARC-Payload-Digest", RawRecord.sha1(page.body()))
                    .block("application/http; msgtype=response", HttpBlocks.head(http))
                    : RawRecord.response(page.url(), date, http);
            main.field("WARC-Warcinfo-ID", info.id()).field("WARC-IP-Address", "192.0.2.7");
            records.add(main);
            records.add(RawRecord.request(page.url(), date, HttpBlocks.get(path(page.url()), host(page.url()),
                            List.of("User-Agent: Mozilla/5.0 (compatible; heritrix/3.4.0 +http://example.org)")))
                    .field("WARC-Concurrent-To", main.id()).field("WARC-Warcinfo-ID", info.id()));
            records.add(RawRecord.of("metadata", page.url(), date).field("WARC-Concurrent-To", main.id())
                    .field("WARC-Warcinfo-ID", info.id())
                    .block("application/warc-fields", "via: http://example.org/\r\nfetchTimeMs: 12\r\n"
                            .getBytes(StandardCharsets.UTF_8)));
        }
        return records;
    }

    /**
     * wget 1.20: WARC/1.0 with the angle brackets of the 1.0 standard's grammar around WARC-Target-URI; the
     * request record first, the response naming it in WARC-Concurrent-To.
     */
    public static List<RawRecord> wget(Instant at, List<Page> pages) {
        List<RawRecord> records = new ArrayList<>();
        RawRecord info = RawRecord.of("warcinfo", null, at).field("WARC-Filename", "wget.warc.gz")
                .block("application/warc-fields", "software: Wget/1.20.3 (linux-gnu)\r\nformat: WARC File Format 1.0\r\n"
                        .getBytes(StandardCharsets.UTF_8));
        records.add(info);
        for (Page page : pages) {
            RawRecord request = RawRecord.request("<" + page.url() + ">", at,
                    HttpBlocks.get(path(page.url()), host(page.url()), List.of("User-Agent: Wget/1.20.3 (linux-gnu)",
                            "Accept: */*"))).field("WARC-Warcinfo-ID", info.id());
            records.add(request);
            records.add(RawRecord.response("<" + page.url() + ">", at, HttpBlocks.ok(page.type(), page.body()))
                    .field("WARC-Concurrent-To", request.id()).field("WARC-IP-Address", "192.0.2.8")
                    .field("WARC-Warcinfo-ID", info.id()));
        }
        return records;
    }

    /**
     * warcprox: the response as the server sent it, chunked (Transfer-Encoding: chunked) and with its reason
     * phrase and header order; WARC-Payload-Digest over the body as sent, chunk sizes included.
     */
    public static RawRecord warcprox(String url, Instant at, String contentType, byte[] body) {
        byte[] chunked = HttpBlocks.chunked(body, 7);
        byte[] http = HttpBlocks.message("HTTP/1.1 200 Okay Then", List.of("Server: nginx/1.14.0",
                "Content-Type: " + contentType, "Transfer-Encoding: chunked", "X-Served-By: cache-ams"), chunked);
        return RawRecord.response(url, at, http).field("WARC-IP-Address", "192.0.2.9").payload(chunked);
    }

    /** Brotli-encoded, as browsers ask for and servers send (Content-Encoding: br). */
    public static RawRecord brotli(String url, Instant at, String contentType, byte[] body) {
        byte[] br = WarcFiles.brotli(body);
        return RawRecord.response(url, at, HttpBlocks.message("HTTP/1.1 200 OK", List.of("Content-Type: "
                + contentType, "Content-Encoding: br", "Content-Length: " + br.length, "Vary: Accept-Encoding"), br));
    }

    /** One thing a page is made of. */
    public record Page(String url, String type, byte[] body) {
        public static Page html(String url, byte[] html) {
            return new Page(url, "text/html; charset=utf-8", html);
        }

        public static Page of(String url, String type, byte[] body) {
            return new Page(url, type, body);
        }
    }

    static String host(String url) {
        return url.replaceFirst("^[a-z]+://", "").replaceFirst("/.*$", "");
    }

    static String path(String url) {
        String rest = url.replaceFirst("^[a-z]+://[^/]*", "");
        return rest.isEmpty() ? "/" : rest;
    }
}
