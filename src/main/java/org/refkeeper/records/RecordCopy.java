package org.refkeeper.records;

import org.netpreserve.jwarc.MessageVersion;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.refkeeper.index.CdxjLine;
import org.refkeeper.warc.BundleFile;
import org.refkeeper.warc.WarcDates;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Another tool's record as a bundle stores it: the block byte for byte and the WARC header fields as written
 * (record id, IP address, Concurrent-To, the HTTP message with its reason phrase and header order). A field
 * changes only where it would be untrue or unreadable in the bundle, and then the value as written stays beside
 * it as {@code X-Archive-Orig-<field>}: a digest its bytes do not have, a WARC-Date without seconds, the
 * Content-Length of a record the file cut short (then marked WARC-Truncated). The HTTP message changes in one
 * case only: a Content-Length that is not the length of the body stored (a cut-off body) becomes the stored
 * length, the server's value kept as {@code X-Archive-Orig-Content-Length} as replay tools do. An ARC record
 * becomes a WARC/1.1 record with a new record id, since ARC has none.
 *
 * @param payloadDigest the payload digest the copy states, else the one its payload has (a revisit's: the
 *                      original's it states)
 */
record RecordCopy(WarcRecord record, ForeignRecord from, Optional<String> payloadDigest) {
    static final String ORIGINAL = "X-Archive-Orig-";
    private static final Pattern CONTENT_LENGTH = Pattern.compile("(?im)^(content-length)[ \\t]*:([^\\r\\n]*)(\\r?\\n)");

    static RecordCopy of(ForeignRecord r, Spool spool) throws IOException {
        WarcResource.Builder b = new WarcResource.Builder()
                .version(r.isArc() ? MessageVersion.WARC_1_1 : r.version());
        for (Map.Entry<String, List<String>> field : r.fields().map().entrySet()) {
            b.setHeader(field.getKey(), null);
            field.getValue().forEach(v -> b.addHeader(field.getKey(), v));
        }
        b.date(null);
        String dateText = r.fields().sole("WARC-Date").orElse("");
        if (!WarcDates.isComplete(dateText)) {
            b.setHeader("WARC-Date", r.date().toString());
            b.addHeader(ORIGINAL + "WARC-Date", dateText);
        }
        // a record joined from its segments is one whole record (Segments): it is no segment any more
        r.fields().sole("WARC-Segment-Number").ifPresent(n -> {
            b.setHeader("WARC-Segment-Number", null);
            b.addHeader(ORIGINAL + "WARC-Segment-Number", n);
        });
        if (r.truncated()) {
            r.fields().sole("Content-Length").ifPresent(n -> b.addHeader(ORIGINAL + "Content-Length", n));
            if (r.fields().sole("WARC-Truncated").isEmpty()) {
                b.setHeader("WARC-Truncated", "unspecified");
            }
        }
        Optional<byte[]> head = lengthFixed(r, spool);
        String blockDigest = r.blockDigest();
        if (head.isPresent()) {
            MessageDigest digest = ForeignRecords.digester(r.statedBlockDigest());
            try (InputStream in = block(r, spool, head.get())) {
                in.transferTo(new DigestOutputStream(OutputStream.nullOutputStream(), digest));
            }
            blockDigest = new WarcDigest(digest).prefixedBase32();
        }
        correct(b, r, "WARC-Block-Digest", r.statedBlockDigest(), Optional.of(blockDigest));
        Optional<String> payload = r.type().equals("revisit") ? r.statedPayloadDigest()
                : correct(b, r, "WARC-Payload-Digest", r.statedPayloadDigest(), r.payloadDigest());
        if (head.isPresent()) {
            long length = head.get().length + r.block().length() - r.http().get().length();
            b.body(null, Channels.newChannel(block(r, spool, head.get())), length);
        } else {
            b.body(null, spool.channel(r.block()), r.block().length());
        }
        return new RecordCopy(b.build(), r, payload);
    }

    /**
     * The response's HTTP head with Content-Length set to the length of the body stored, the server's value
     * beside it, where the two differ; empty where they agree (almost always) or where there is none.
     */
    private static Optional<byte[]> lengthFixed(ForeignRecord r, Spool spool) throws IOException {
        if (!r.type().equals("response") || r.http().isEmpty() || r.payloadLength() < 0) {
            return Optional.empty();
        }
        Optional<String> stated = r.http().get().header("Content-Length").map(String::strip);
        if (stated.isEmpty() || !stated.get().matches("\\d{1,18}")
                || Long.parseLong(stated.get()) == r.payloadLength()) {
            return Optional.empty();
        }
        String head = new String(spool.head(r.block(), r.http().get().length()), StandardCharsets.ISO_8859_1);
        Matcher line = CONTENT_LENGTH.matcher(head);
        if (!line.find()) {
            return Optional.empty();
        }
        String fixed = head.substring(0, line.start()) + line.group(1) + ": " + r.payloadLength() + line.group(3)
                + ORIGINAL + "Content-Length: " + line.group(2).strip() + line.group(3) + head.substring(line.end());
        return Optional.of(fixed.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** The block with its head replaced. */
    private static InputStream block(ForeignRecord r, Spool spool, byte[] head) throws IOException {
        InputStream rest = spool.open(r.block());
        rest.skipNBytes(r.http().get().length());
        return new SequenceInputStream(new ByteArrayInputStream(head), rest);
    }

    /**
     * A stated digest the bytes do not have is replaced by the one they have, the stated one kept beside it;
     * a digest in an algorithm Java does not know is left as it is.
     *
     * @return the digest the copy states, else the one its bytes have
     */
    private static Optional<String> correct(WarcResource.Builder b, ForeignRecord r, String field,
                                            Optional<String> stated, Optional<String> actual) {
        if (stated.isEmpty() || actual.isEmpty()) {
            return actual;
        }
        String statedAlgorithm = stated.get().substring(0, stated.get().indexOf(':'));
        String actualAlgorithm = actual.get().substring(0, actual.get().indexOf(':'));
        if (!statedAlgorithm.equals(actualAlgorithm) || stated.get().equals(actual.get())) {
            return stated;
        }
        b.setHeader(field, actual.get());
        b.addHeader(ORIGINAL + field, r.fields().sole(field).orElse(""));
        return actual;
    }

    /** Its line in the archive's index, for a response, revisit or resource; null for records not indexed. */
    CdxjLine indexLine(String bundle) {
        String type = from.type();
        if (!type.equals("response") && !type.equals("revisit") && !type.equals("resource")) {
            return null;
        }
        String mime = type.equals("revisit") ? "warc/revisit" : from.mime();
        String status = from.http().map(h -> Integer.toString(h.status())).orElse("");
        // the digest verify reads back from the record: its payload digest, else its block digest
        String digest = record.headers().sole("WARC-Payload-Digest").or(() -> record.headers().sole("WARC-Block-Digest"))
                .map(d -> new WarcDigest(d).prefixedBase32()).orElse("");
        return CdxjLine.of(from.target(), BundleFile.seconds(from.date()), mime, status, digest, 0, 0, bundle, type);
    }
}
