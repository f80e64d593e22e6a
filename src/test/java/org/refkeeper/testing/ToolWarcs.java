package org.refkeeper.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * WARC files as wget, warcio/pywb and Heritrix write them, quirk by quirk and byte by byte, each method's comment
 * saying what the tool does (from its source: wget src/warc.c, warcio's warcwriter, Heritrix's WARCWriterProcessor).
 */
public final class ToolWarcs {
    private ToolWarcs() {
    }

    /**
     * GNU Wget 1.21 {@code --warc-file -p}: WARC/1.0, WARC-Target-URI in angle brackets; a warcinfo first; for each
     * URL a request record (its requisites with the page as Referer), then the response naming it in
     * WARC-Concurrent-To, as read from the socket: an HTML page chunked, Transfer-Encoding: chunked kept and the
     * payload digest over the chunks as stored; at the end a metadata record listing the warcinfo
     * ({@code metadata://gnu.org/software/wget/warc/MANIFEST.txt}) and resource records with the arguments and the
     * log. Each record is its own gzip member whose header has an "sl" extra field (the record's two lengths).
     */
    public static Path wget(Path file, Instant at, List<Habits.Page> pages) throws IOException {
        List<RawRecord> records = new ArrayList<>();
        RawRecord info = RawRecord.bare().field("WARC-Type", "warcinfo").field("Content-Type", "application/warc-fields")
                .field("WARC-Date", at.toString());
        info.field("WARC-Record-ID", info.id()).field("WARC-Filename", file.getFileName().toString())
                .block("application/warc-fields", ("software: Wget/1.21.3 (linux-gnu)\r\nformat: WARC File Format 1.0\r\n"
                        + "conformsTo: http://bibnum.bnf.fr/WARC/WARC_ISO_28500_version1_latestdraft.pdf\r\n"
                        + "robots: classic\r\nwget-arguments: \"-p\" \"--warc-file=site\" \"" + pages.get(0).url()
                        + "\"\r\n").getBytes(StandardCharsets.UTF_8));
        records.add(info);
        StringBuilder log = new StringBuilder();
        for (int i = 0; i < pages.size(); i++) {
            Habits.Page page = pages.get(i);
            Instant date = at.plusSeconds(i);
            List<String> headers = new ArrayList<>(List.of("User-Agent: Wget/1.21.3", "Accept: */*",
                    "Accept-Encoding: identity", "Host: " + Habits.host(page.url()), "Connection: Keep-Alive"));
            if (i > 0) {
                headers.add("Referer: " + pages.get(0).url());
            }
            RawRecord request = RawRecord.bare().field("WARC-Type", "request")
                    .field("WARC-Target-URI", "<" + page.url() + ">")
                    .field("Content-Type", "application/http;msgtype=request").field("WARC-Date", date.toString());
            request.field("WARC-Record-ID", request.id()).field("WARC-IP-Address", "192.0.2.8")
                    .field("WARC-Warcinfo-ID", info.id()).block("application/http;msgtype=request",
                            HttpBlocks.message("GET " + Habits.path(page.url()) + " HTTP/1.1", headers, new byte[0]));
            records.add(request);
            boolean chunked = page.type().startsWith("text/html");
            byte[] body = chunked ? HttpBlocks.chunked(page.body(), 64) : page.body();
            byte[] http = HttpBlocks.message("HTTP/1.1 200 OK", List.of("Server: nginx", "Content-Type: " + page.type(),
                    chunked ? "Transfer-Encoding: chunked" : "Content-Length: " + body.length), body);
            RawRecord response = RawRecord.bare().field("WARC-Type", "response");
            response.field("WARC-Record-ID", response.id()).field("WARC-Warcinfo-ID", info.id())
                    .field("WARC-Concurrent-To", request.id()).field("WARC-Target-URI", "<" + page.url() + ">")
                    .field("WARC-Date", date.toString()).field("WARC-IP-Address", "192.0.2.8").payload(body)
                    .block("application/http;msgtype=response", http);
            records.add(response);
            log.append("--").append(date).append("--  ").append(page.url()).append("\nHTTP request sent, awaiting "
                    + "response... 200 OK\nSaving to: '").append(Habits.path(page.url()).substring(1)).append("'\n\n");
        }
        RawRecord manifest = RawRecord.of("metadata", "<metadata://gnu.org/software/wget/warc/MANIFEST.txt>", at)
                .field("WARC-Warcinfo-ID", info.id()).block("text/plain", (info.id() + "\n").getBytes(StandardCharsets.UTF_8));
        records.add(manifest);
        records.add(RawRecord.of("resource", "<metadata://gnu.org/software/wget/warc/wget_arguments.txt>", at)
                .field("WARC-Warcinfo-ID", info.id()).field("WARC-Concurrent-To", manifest.id())
                .block("text/plain", ("\"-p\" \"--warc-file=site\" \"" + pages.get(0).url() + "\"\n")
                        .getBytes(StandardCharsets.UTF_8)));
        records.add(RawRecord.of("resource", "<metadata://gnu.org/software/wget/warc/wget.log>", at)
                .field("WARC-Warcinfo-ID", info.id()).field("WARC-Concurrent-To", manifest.id())
                .block("text/plain", log.toString().getBytes(StandardCharsets.UTF_8)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        records.forEach(r -> out.writeBytes(gzipWithSkipLength(r.bytes())));
        return Files.write(file, out.toByteArray());
    }

    /** One gzip member with wget's FEXTRA field: XLEN 12, subfield "sl", 8 bytes of lengths. */
    static byte[] gzipWithSkipLength(byte[] record) {
        byte[] plain = WarcFiles.gzip(record);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, 3);
        out.write(plain[3] | 4);
        out.write(plain, 4, 6);
        byte[] extra = {12, 0, 's', 'l', 8, 0, (byte) record.length, (byte) (record.length >> 8),
                (byte) (record.length >> 16), (byte) (record.length >> 24), 0, 0, 0, 0};
        out.writeBytes(extra);
        out.write(plain, 10, plain.length - 10);
        return out.toByteArray();
    }

    /**
     * warcio (as pywb's recorder and warcio's own {@code capture_http} use it): a response record, WARC/1.1 with
     * WARC-Date to the microsecond, or WARC/1.0 with seconds.
     */
    public static RawRecord warcio(String version, String url, Instant at, String type, byte[] body) {
        return RawRecord.response(url, at, HttpBlocks.ok(type, body)).version(version)
                .set("WARC-Date", version.equals("WARC/1.1") ? micros(at) : at.toString());
    }

    /**
     * warcio's revisit of an identical payload: the HTTP head only, WARC-Refers-To-Target-URI and -Date naming the
     * original (no WARC-Refers-To), the original's payload digest, the profile of the record's version.
     */
    public static RawRecord identical(String version, String url, Instant at, Instant originalAt, String type,
                                      byte[] body) {
        String v = version.equals("WARC/1.1") ? "1.1" : "1.0";
        return RawRecord.of("revisit", url, at).version(version).set("WARC-Date", version.equals("WARC/1.1") ? micros(at)
                        : at.toString())
                .field("WARC-Profile", "http://netpreserve.org/warc/" + v + "/revisit/identical-payload-digest")
                .field("WARC-Refers-To-Target-URI", url).field("WARC-Refers-To-Date", micros(originalAt))
                .field("WARC-Payload-Digest", RawRecord.sha1(body))
                .block("application/http; msgtype=response", HttpBlocks.head(HttpBlocks.ok(type, body)));
    }

    /**
     * pywb's revisit of a conditional request the server answered 304 Not Modified: the 304 head, the
     * server-not-modified profile, the original named by URI and date; no payload digest.
     */
    public static RawRecord notModified(String url, Instant at, Instant originalAt) {
        return RawRecord.of("revisit", url, at).version("WARC/1.1").set("WARC-Date", micros(at))
                .field("WARC-Profile", "http://netpreserve.org/warc/1.1/revisit/server-not-modified")
                .field("WARC-Refers-To-Target-URI", url).field("WARC-Refers-To-Date", micros(originalAt))
                .block("application/http; msgtype=response", HttpBlocks.message("HTTP/1.1 304 Not Modified",
                        List.of("Date: Fri, 16 Aug 2019 01:02:04 GMT", "ETag: \"5d54b0f3-17\""), new byte[0]));
    }

    /** {@code 2019-08-15T01:02:03.000123Z}: warcio writes WARC/1.1 dates to the microsecond. */
    public static String micros(Instant at) {
        return at.plusNanos(123_000).toString();
    }

    /** Heritrix's DNS lookup: a response record for {@code dns:host}, text/dns, the time and the A record. */
    public static RawRecord dns(String host, Instant at) {
        return RawRecord.of("response", "dns:" + host, at).field("WARC-IP-Address", "192.0.2.53")
                .block("text/dns", ("20190815010203\n" + host + ".\t300\tIN\tA\t192.0.2.7\n").getBytes(StandardCharsets.UTF_8));
    }

    /** Heritrix's metadata record for a fetch: via, hops, and one {@code outlink:} line per link extracted. */
    public static RawRecord outlinks(String url, Instant at, String concurrentTo, List<String> links) {
        StringBuilder fields = new StringBuilder("via: dns:www.example.org\r\nhopsFromSeed: P\r\nfetchTimeMs: 12\r\n"
                + "charsetForLinkExtraction: UTF-8\r\n");
        links.forEach(l -> fields.append("outlink: ").append(l).append(" E link/@href\r\n"));
        return RawRecord.of("metadata", url, at).field("WARC-Concurrent-To", concurrentTo)
                .block("application/warc-fields", fields.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A response over Heritrix's size limit: the body cut at {@code keep} bytes, marked {@code WARC-Truncated:
     * length}, the server's Content-Length as sent.
     */
    public static RawRecord truncated(String url, Instant at, String type, byte[] body, int keep) {
        return RawRecord.response(url, at, HttpBlocks.message("HTTP/1.1 200 OK", List.of("Content-Type: " + type,
                "Content-Length: " + body.length), Arrays.copyOf(body, keep))).field("WARC-Truncated", "length");
    }

    /**
     * One response written as segments (WARC 1.0, 5.8): the first a response with WARC-Segment-Number 1 and the
     * payload digest of the whole; then continuation records, each with WARC-Segment-Origin-ID and its number,
     * the last with WARC-Segment-Total-Length; every block cut at {@code size} bytes.
     */
    public static List<RawRecord> segmented(String url, Instant at, byte[] http, byte[] payload, int size) {
        List<RawRecord> records = new ArrayList<>();
        RawRecord first = RawRecord.response(url, at, Arrays.copyOf(http, size)).field("WARC-Segment-Number", "1")
                .field("WARC-Payload-Digest", RawRecord.sha1(payload));
        records.add(first);
        for (int from = size, n = 2; from < http.length; from += size, n++) {
            RawRecord next = RawRecord.of("continuation", url, at).field("WARC-Segment-Origin-ID", first.id())
                    .field("WARC-Segment-Number", Integer.toString(n));
            if (from + size >= http.length) {
                next.field("WARC-Segment-Total-Length", Integer.toString(http.length));
            }
            records.add(next.block("application/http; msgtype=response",
                    Arrays.copyOfRange(http, from, Math.min(http.length, from + size))).set("Content-Type", null));
        }
        return records;
    }
}
