package org.refkeeper.records;

import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageVersion;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRevisit;
import org.refkeeper.index.CdxjIndex;
import org.refkeeper.index.CdxjLine;
import org.refkeeper.warc.Bundle;
import org.refkeeper.warc.BundleFile;
import org.refkeeper.warc.BundleWriter;
import org.refkeeper.warc.Digests;
import org.refkeeper.warc.HttpBodies;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes one page imported from another tool's files as a bundle: refkeeper's warcinfo, the other tool's
 * records copied as they were ({@link RecordCopy}), refkeeper's own resource records and the verdict. A record an
 * earlier bundle of the archive already holds becomes a revisit record that points at it; a revisit whose
 * original is in the import but not yet in the archive takes its original along.
 *
 * <pre>{@code
 * try (ImportBundleWriter writer = ImportBundleWriter.create(root, "captures/2019/06/a-20190603T053135Z.warc.gz",
 *         spool, copied, index)) {
 *     writer.write(page, finalUrl, screenshot, mainText, verdictJson);
 *     Bundle bundle = writer.finish();
 * }
 * }</pre>
 */
public final class ImportBundleWriter implements Closeable {
    private final BundleFile file;
    private final Spool spool;
    private final CopiedRecords copied;
    private final CdxjIndex index;
    private final Set<String> inBundle = new HashSet<>();

    private ImportBundleWriter(BundleFile file, Spool spool, CopiedRecords copied, CdxjIndex index) {
        this.file = file;
        this.spool = spool;
        this.copied = copied;
        this.index = index;
    }

    /**
     * @param copied what earlier bundles of this import copied
     * @param index  the archive's index as it is now: what the archive already holds
     */
    public static ImportBundleWriter create(Path archiveRoot, String relativePath, Spool spool, CopiedRecords copied,
                                           CdxjIndex index) throws IOException {
        return new ImportBundleWriter(BundleFile.create(archiveRoot, relativePath), spool, copied, index);
    }

    /** Writes the page's records, then refkeeper's screenshot, DOM (where the file had them) and main text. */
    public void write(PageRecords page, String finalUrl, String mainText, String metadataJson) throws IOException {
        Instant date = BundleFile.seconds(page.date());
        file.warcinfo(date, page.url(), finalUrl, Map.of("imported-from", page.files()));
        for (ForeignRecord info : page.warcinfos()) {
            if (copied.of(info).isEmpty()) {
                copy(info);
            }
        }
        for (PageRecords.Member member : page.members()) {
            ForeignRecord r = member.record();
            if (inBundle.contains(r.key())) {
                continue;
            }
            if (copied.of(r).isPresent()) {
                revisitOf(r, copied.of(r).get());
                continue;
            }
            Optional<ForeignRecord> original = member.original();
            if (original.isPresent() && !stored(original.get())) {
                copy(original.get());
            }
            copy(r);
        }
        if (page.screenshot().isPresent()) {
            file.resource(BundleWriter.SCREENSHOT + page.url(), "image/png", bytes(page.screenshot().get()), date);
        }
        if (page.dom().isPresent()) {
            file.resource(BundleWriter.DOM + page.url(), "text/html;charset=utf-8", bytes(page.dom().get()), date);
        }
        file.resource(BundleWriter.TEXT + page.url(), "text/plain;charset=utf-8",
                mainText.getBytes(StandardCharsets.UTF_8), date);
        file.metadata(page.url(), date, metadataJson);
    }

    /** Whether the archive or this bundle holds the record by now. */
    private boolean stored(ForeignRecord original) {
        return inBundle.contains(original.key()) || copied.of(original).isPresent()
                || index.capture(original.target(), original.date()).isPresent();
    }

    private void copy(ForeignRecord r) throws IOException {
        RecordCopy copy = RecordCopy.of(r, spool);
        file.write(copy.record(), copy.indexLine(file.relativePath()));
        inBundle.add(r.key());
        copied.add(r, new CopiedRecords.Copy(copy.record().headers().sole("WARC-Record-ID"), r.target(),
                BundleFile.seconds(r.date()), copy.payloadDigest(), file.relativePath()));
    }

    /**
     * A response (or revisit) an earlier bundle of this import holds: a revisit record with its HTTP head, pointing
     * at that copy. Other records a page shares (requests, resources) are stored once and not repeated.
     */
    private void revisitOf(ForeignRecord r, CopiedRecords.Copy stored) throws IOException {
        boolean http = r.type().equals("response") || r.type().equals("revisit");
        if (!http || r.http().isEmpty() || stored.payloadDigest().isEmpty()) {
            return;
        }
        byte[] head = spool.head(r.block(), r.http().get().length());
        WarcRevisit.Builder revisit = new WarcRevisit.Builder(r.target(), WarcRevisit.IDENTICAL_PAYLOAD_DIGEST_1_1)
                .version(MessageVersion.WARC_1_1).date(stored.date()).warcinfoId(file.warcinfoId())
                .blockDigest(Digests.sha1(head)).payloadDigest(new org.netpreserve.jwarc.WarcDigest(
                        stored.payloadDigest().get())).body(MediaType.HTTP_RESPONSE, head)
                .addHeader("WARC-Refers-To-Target-URI", stored.url())
                .addHeader("WARC-Refers-To-Date", stored.date().toString());
        stored.id().ifPresent(id -> revisit.setHeader("WARC-Refers-To", id));
        WarcRecord record = revisit.build();
        file.write(record, CdxjLine.of(r.target(), stored.date(), "warc/revisit", Integer.toString(r.status()),
                stored.payloadDigest().get(), 0, 0, file.relativePath(), "revisit"));
        inBundle.add(r.key());
    }

    private byte[] bytes(ForeignRecord r) throws IOException {
        try (InputStream in = spool.open(r.block())) {
            return in.readNBytes((int) Math.min(r.block().length(), HttpBodies.MAX_DECODED));
        }
    }

    /** Moves the bundle into place; returns where it is and its index lines. */
    public Bundle finish() throws IOException {
        return file.finish();
    }

    /** Without {@link #finish}: the bundle is dropped. */
    @Override
    public void close() throws IOException {
        file.close();
    }
}
