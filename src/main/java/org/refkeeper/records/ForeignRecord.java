package org.refkeeper.records;

import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageHeaders;
import org.netpreserve.jwarc.MessageVersion;
import org.netpreserve.jwarc.WarcDigest;
import org.refkeeper.warc.WarcDates;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One record of a WARC or ARC file written by another tool, as read: its WARC header fields as written, its
 * block in the import's {@link Spool}, and what an import needs to know of it without reading the block again.
 *
 * @param source        the file it came from, as messages name it (a WACZ's WARC as {@code x.wacz!archive/y.warc.gz})
 * @param offset        where the record starts in that file (for a gzip file, where its gzip member starts)
 * @param version       its format version: {@code WARC/1.0}, {@code WARC/0.18}, {@code ARC/1.1}, ...
 * @param fields        the WARC header fields as written (an ARC record's as jwarc names them)
 * @param date          WARC-Date, read leniently
 * @param block         the block in the spool: exactly the bytes the file holds
 * @param truncated     the file ended inside the block, which holds less than its Content-Length said
 * @param http          the HTTP message at the start of the block, for HTTP requests, responses and revisits
 * @param blockDigest   the digest of the block as it is, in the stated algorithm (else SHA-1)
 * @param payloadDigest the digest of the payload as it is (HTTP body without chunking; a resource's block), in
 *                      the stated algorithm (else SHA-1); empty for records without a payload of their own
 * @param payloadLength the payload's length, read the same way; -1 for records without a payload of their own
 */
public record ForeignRecord(String source, long offset, MessageVersion version, MessageHeaders fields,
                            Instant date, Spool.Span block, boolean truncated, Optional<HttpHead> http,
                            String blockDigest, Optional<String> payloadDigest, long payloadLength) {

    public String type() {
        return fields.sole("WARC-Type").orElse("").toLowerCase(Locale.ROOT);
    }

    /** WARC-Record-ID as written, with its angle brackets; ARC records have none. */
    public Optional<String> id() {
        return fields.sole("WARC-Record-ID").map(String::strip);
    }

    /** WARC-Target-URI without the angle brackets some WARC/1.0 writers (wget) put around it. */
    public String target() {
        return unbracket(fields.sole("WARC-Target-URI").orElse(""));
    }

    /** Where this record is in the import: unique across the files of one import. */
    public String key() {
        return source + "@" + offset;
    }

    public boolean isArc() {
        return version.getProtocol().equals("ARC");
    }

    public boolean isHttp() {
        return http.isPresent();
    }

    public int status() {
        return http.map(HttpHead::status).orElse(type().equals("resource") ? 200 : 0);
    }

    /** The Content-Type of the record's payload: the HTTP one, else the record's own. */
    public String payloadType() {
        return http.map(HttpHead::contentType).orElseGet(() -> fields.first("Content-Type")
                .orElse("application/octet-stream"));
    }

    public String mime() {
        return MediaType.parseLeniently(payloadType()).base().toString();
    }

    public boolean isRedirect() {
        return status() / 100 == 3;
    }

    public Optional<String> statedPayloadDigest() {
        return fields.sole("WARC-Payload-Digest").flatMap(ForeignRecord::canonical);
    }

    public Optional<String> statedBlockDigest() {
        return fields.sole("WARC-Block-Digest").flatMap(ForeignRecord::canonical);
    }

    public List<String> concurrentTo() {
        return fields.all("WARC-Concurrent-To").stream().map(String::strip).toList();
    }

    public Optional<String> refersTo() {
        return fields.sole("WARC-Refers-To").map(String::strip);
    }

    public Optional<String> refersToTarget() {
        return fields.sole("WARC-Refers-To-Target-URI").map(ForeignRecord::unbracket);
    }

    public Optional<Instant> refersToDate() {
        return fields.sole("WARC-Refers-To-Date").flatMap(WarcDates::parse);
    }

    public Optional<String> warcinfoId() {
        return fields.sole("WARC-Warcinfo-ID").map(String::strip);
    }

    /** Browsertrix names the page a record was captured for. */
    public Optional<String> pageId() {
        return fields.sole("WARC-Page-ID").map(String::strip);
    }

    /** A digest as {@code algorithm:BASE32}, whatever encoding the writer used; empty if it does not parse. */
    static Optional<String> canonical(String digest) {
        try {
            return Optional.of(new WarcDigest(digest.strip()).prefixedBase32());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String unbracket(String uri) {
        String u = uri.strip();
        return u.startsWith("<") && u.endsWith(">") ? u.substring(1, u.length() - 1) : u;
    }
}
