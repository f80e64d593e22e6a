package org.refkeeper.warc;

import org.netpreserve.jwarc.MessageVersion;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Another tool's record as a bundle stores it: the block byte for byte and the WARC header fields as written
 * (record id, IP address, Concurrent-To, the HTTP message with its reason phrase and header order). A field
 * changes only where it would be untrue or unreadable in the bundle, and then the value as written stays beside
 * it as {@code X-Archive-Orig-<field>}: a digest its bytes do not have, a WARC-Date without seconds, the
 * Content-Length of a record the file cut short (then marked WARC-Truncated). An ARC record becomes a WARC/1.1
 * record with a new record id, since ARC has none.
 *
 * @param payloadDigest the payload digest the copy states, else the one its payload has (a revisit's: the
 *                      original's it states)
 */
record RecordCopy(WarcRecord record, ForeignRecord from, Optional<String> payloadDigest) {
    static final String ORIGINAL = "X-Archive-Orig-";

    static RecordCopy of(ForeignRecord r, Spool spool) {
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
        if (r.truncated()) {
            r.fields().sole("Content-Length").ifPresent(n -> b.addHeader(ORIGINAL + "Content-Length", n));
            if (r.fields().sole("WARC-Truncated").isEmpty()) {
                b.setHeader("WARC-Truncated", "unspecified");
            }
        }
        correct(b, r, "WARC-Block-Digest", r.statedBlockDigest(), Optional.of(r.blockDigest()));
        Optional<String> payload = r.type().equals("revisit") ? r.statedPayloadDigest()
                : correct(b, r, "WARC-Payload-Digest", r.statedPayloadDigest(), r.payloadDigest());
        b.body(null, spool.channel(r.block()), r.block().length());
        return new RecordCopy(b.build(), r, payload);
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
