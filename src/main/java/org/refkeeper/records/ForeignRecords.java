package org.refkeeper.records;

import org.netpreserve.jwarc.HttpMessage;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageHeaders;
import org.netpreserve.jwarc.MessageVersion;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcRecord;
import org.refkeeper.warc.HttpHeaders;
import org.refkeeper.warc.WarcDates;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Turns the records a jwarc reader gives into {@link ForeignRecord}s: the block spooled, the HTTP head parsed,
 * the digests computed; a record that cannot be used is reported and left out.
 */
final class ForeignRecords {
    private static final Set<String> NEED_TARGET = Set.of("response", "request", "resource", "revisit");

    private final String name;
    private final Spool spool;
    private final Consumer<RecordProblem> problems;

    ForeignRecords(String name, Spool spool, Consumer<RecordProblem> problems) {
        this.name = name;
        this.spool = spool;
        this.problems = problems;
    }

    /**
     * @param record    the record taken, if it can be used
     * @param corrupt   its bytes could not be read: reading must go on at the next record start
     * @param cutShort  the file ended inside it: nothing follows
     * @param unpackEnd the file ended inside its gzip member, whose bytes the reader must unpack itself (jwarc
     *                  gives nothing of a member that ends early)
     */
    record Taken(Optional<ForeignRecord> record, boolean corrupt, boolean cutShort, boolean unpackEnd,
                 long spooled, boolean tooLarge) {
        Taken(Optional<ForeignRecord> record, boolean corrupt, boolean cutShort, boolean unpackEnd) {
            this(record, corrupt, cutShort, unpackEnd, record.map(r -> r.block().length()).orElse(0L), false);
        }
    }

    /**
     * @param gzipped a record that ends early is left for the reader to unpack itself
     * @param limit   the most bytes its block may unpack to
     */
    Taken take(WarcRecord r, long offset, boolean gzipped, long limit) throws IOException {
        MessageHeaders fields = r.headers();
        MessageDigest blockDigest = digester(fields.sole("WARC-Block-Digest"));
        Spool.Appended block;
        try (InputStream in = r.body().stream()) {
            block = spool.append(in, blockDigest, limit);
        }
        if (block.failure() instanceof Spool.TooLarge) {
            return new Taken(Optional.empty(), false, false, false, 0, true);
        }
        if (block.failure() instanceof EOFException && gzipped) {
            return new Taken(Optional.empty(), false, true, true);
        }
        if (block.failure() != null && !(block.failure() instanceof EOFException)) {
            return new Taken(Optional.empty(), true, false, false); // the reader says where it goes on
        }
        long declared = contentLength(fields);
        boolean cut = block.span().length() < declared;
        if (cut) {
            report(offset, "the file ends inside this record, after " + block.span().length() + " of its "
                    + declared + " bytes; read as far as it goes and marked WARC-Truncated");
        }
        String type = fields.sole("WARC-Type").orElse("").strip();
        if (type.isEmpty()) {
            return skipped(offset, "the record has no WARC-Type; skipped", false, cut);
        }
        Optional<String> keptPart = fields.sole("WARC-Truncated").map(String::strip).filter(v -> !v.isEmpty());
        if (keptPart.isPresent() && !cut && (type.equals("response") || type.equals("resource"))) {
            // a crawler's size or time limit: the copy is faithful, but what restore makes of it is partial too
            report(offset, "the tool that wrote it kept only part of the body (WARC-Truncated: "
                    + printable(keptPart.get()) + "); imported as it is, and restored as far as it goes");
        }
        if (r.version().getProtocol().equals("ARC") && type.equals("warcinfo")) {
            return new Taken(Optional.empty(), false, cut, false); // the ARC file's own header
        }
        String dateText = fields.sole("WARC-Date").orElse("");
        Optional<Instant> date = WarcDates.parse(dateText);
        if (date.isEmpty()) {
            return skipped(offset, dateText.isBlank() ? "the record has no WARC-Date; skipped"
                    : "its WARC-Date '" + printable(dateText) + "' is no date; skipped", false, cut);
        }
        if (!WarcDates.isComplete(dateText)) {
            report(offset, "its WARC-Date " + printable(dateText) + " is incomplete; read as " + date.get());
        }
        String target = fields.sole("WARC-Target-URI").orElse("").strip();
        if (NEED_TARGET.contains(type) && target.replaceAll("[<>]", "").isBlank()) {
            return skipped(offset, "a " + type + " record without WARC-Target-URI; skipped", false, cut);
        }
        if (Segments.isSegment(fields)) {
            // a part of a record: its HTTP message is read once the parts are joined (Segments)
            return new Taken(Optional.of(new ForeignRecord(name, offset, r.version(), fields, date.get(),
                    block.span(), cut, Optional.empty(), new WarcDigest(blockDigest).prefixedBase32(), Optional.empty(),
                    -1)), false, cut, false);
        }
        return new Taken(record(offset, r.version(), fields, date.get(), block.span(), cut, blockDigest), false, cut,
                false);
    }

    /**
     * A record whose parts a writer segmented, its blocks joined in {@code joined}: read like any other record.
     *
     * @param incomplete some of its parts are in none of the files: the block holds less than the record
     * @return empty when the joined block is no HTTP message its type needs (reported)
     */
    Optional<ForeignRecord> joined(ForeignRecord first, Spool.Span joined, boolean incomplete) throws IOException {
        MessageDigest blockDigest = digester(first.fields().sole("WARC-Block-Digest"));
        try (InputStream in = spool.open(joined)) {
            in.transferTo(new DigestOutputStream(OutputStream.nullOutputStream(), blockDigest));
        }
        return record(first.offset(), first.version(), first.fields(), first.date(), joined, incomplete, blockDigest);
    }

    /** The record, its HTTP head parsed and its payload digested; empty (reported) if its HTTP does not parse. */
    private Optional<ForeignRecord> record(long offset, MessageVersion version, MessageHeaders fields, Instant date,
                                           Spool.Span span, boolean cut, MessageDigest blockDigest) throws IOException {
        String type = fields.sole("WARC-Type").orElse("").strip().toLowerCase(java.util.Locale.ROOT);
        Optional<HttpHead> http = Optional.empty();
        boolean isHttp = MediaType.parseLeniently(fields.first("Content-Type").orElse("")).base().equals(MediaType.HTTP);
        if (isHttp && !type.equals("metadata") && span.length() > 0) {
            try {
                http = Optional.of(head(type, span));
            } catch (IOException | RuntimeException e) {
                report(offset, notHttp(type, span) + "; skipped");
                return Optional.empty();
            }
        }
        Optional<Payload> payload = payload(type, fields, span, http, blockDigest);
        return Optional.of(new ForeignRecord(name, offset, version, fields, date, span, cut, http,
                new WarcDigest(blockDigest).prefixedBase32(), payload.map(Payload::digest),
                payload.map(Payload::length).orElse(-1L)));
    }

    private HttpHead head(String type, Spool.Span span) throws IOException {
        HttpMessage message = type.equals("request") ? HttpRequest.parse(spool.channel(span))
                : HttpResponse.parse(spool.channel(span));
        int status = message instanceof HttpResponse response ? response.status() : 0;
        return new HttpHead(status, HttpHeaders.of(message.headers()), message.serializeHeader().length);
    }

    /** A payload's digest and length. */
    private record Payload(String digest, long length) {
    }

    /** Payload as jwarc's validator reads it: the HTTP body without chunking, or a resource's whole block. */
    private Optional<Payload> payload(String type, MessageHeaders fields, Spool.Span span,
                                      Optional<HttpHead> http, MessageDigest blockDigest) throws IOException {
        if (type.equals("revisit") || type.equals("warcinfo")) {
            return Optional.empty();
        }
        Optional<String> stated = fields.sole("WARC-Payload-Digest");
        MessageDigest digest = digester(stated);
        long length;
        if (http.isEmpty()) {
            if (digest.getAlgorithm().equals(blockDigest.getAlgorithm())) {
                return Optional.of(new Payload(new WarcDigest(copyOf(blockDigest)).prefixedBase32(), span.length()));
            }
            try (InputStream in = spool.open(span)) {
                length = in.transferTo(new DigestOutputStream(OutputStream.nullOutputStream(), digest));
            }
            return Optional.of(new Payload(new WarcDigest(digest).prefixedBase32(), length));
        }
        try (InputStream body = bodyOf(type, span)) {
            length = body.transferTo(new DigestOutputStream(OutputStream.nullOutputStream(), digest));
        } catch (IOException | RuntimeException badChunks) {
            // chunks that do not add up: the payload is what follows the head, as stored
            digest.reset();
            try (InputStream in = spool.open(span)) {
                in.skipNBytes(http.get().length());
                length = in.transferTo(new DigestOutputStream(OutputStream.nullOutputStream(), digest));
            }
        }
        return Optional.of(new Payload(new WarcDigest(digest).prefixedBase32(), length));
    }

    private InputStream bodyOf(String type, Spool.Span span) throws IOException {
        HttpMessage message = type.equals("request") ? HttpRequest.parse(spool.channel(span))
                : HttpResponse.parse(spool.channel(span));
        return message.body().stream();
    }

    private String notHttp(String type, Spool.Span span) throws IOException {
        String first = new String(spool.head(span, 200), StandardCharsets.ISO_8859_1).lines().findFirst().orElse("");
        if (type.equals("request") && first.startsWith("HTTP/")) {
            return "a request record that holds an HTTP response ('" + printable(first) + "')";
        }
        return "its HTTP " + (type.equals("request") ? "request" : "response") + " does not parse (it starts '"
                + printable(first) + "')";
    }

    private Taken skipped(long offset, String message, boolean corrupt, boolean cut) {
        report(offset, message);
        return new Taken(Optional.empty(), corrupt, cut, false);
    }

    private void report(long offset, String message) {
        problems.accept(new RecordProblem(name, offset, message));
    }

    private static long contentLength(MessageHeaders fields) {
        try {
            return fields.sole("Content-Length").map(String::strip).map(Long::parseLong).orElse(0L);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The stated digest's algorithm where Java knows it, else SHA-1. */
    static MessageDigest digester(Optional<String> stated) {
        try {
            if (stated.isPresent()) {
                return new WarcDigest(stated.get().strip()).getDigester();
            }
        } catch (NoSuchAlgorithmException | IllegalArgumentException unknown) {
            // fall through to SHA-1
        }
        try {
            return MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-1", e);
        }
    }

    private static MessageDigest copyOf(MessageDigest digest) {
        try {
            return (MessageDigest) digest.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the JDK's digests can be cloned", e);
        }
    }

    /** At most 40 characters, control characters shown as '?'. */
    static String printable(String text) {
        String cut = text.length() > 40 ? text.substring(0, 40) + "..." : text;
        return cut.replaceAll("[\\x00-\\x1f\\x7f]", "?");
    }
}
