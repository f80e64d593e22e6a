package org.refkeeper.records;

import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageVersion;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
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
    private final Path root;

    private ImportBundleWriter(Path root, BundleFile file, Spool spool, CopiedRecords copied, CdxjIndex index) {
        this.root = root;
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
        return new ImportBundleWriter(archiveRoot, BundleFile.create(archiveRoot, relativePath), spool, copied, index);
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
            Optional<ForeignRecord> original = member.original();
            if (copied.of(r).isEmpty() && original.isPresent() && !stored(original.get())) {
                copy(original.get());
            }
            if (r.status() == 304 && r.type().equals("revisit")) {
                notModified(r, member);
            }
            if (copied.of(r).isPresent()) {
                revisitOf(r, copied.of(r).get());
                continue;
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
        revisit(r.target(), stored.date(), spool.head(r.block(), r.http().get().length()), r.status(),
                stored.payloadDigest().get(), stored.url(), stored.date(), stored.id());
        inBundle.add(r.key());
    }

    /**
     * A revisit of a 304 Not Modified answer (pywb's server-not-modified profile) stands for its original's
     * response, which readers look for by status 200. Where that original is not already in this bundle before it,
     * a revisit record of refkeeper's own goes first: the original's HTTP head and payload digest, pointing at
     * where the archive or this import stores it. The 304 record is still copied as it was.
     */
    private void notModified(ForeignRecord r, PageRecords.Member member) throws IOException {
        if (member.original().isPresent()) {
            ForeignRecord original = member.original().get();
            if (inBundle.contains(original.key()) || original.http().isEmpty()) {
                return;
            }
            byte[] head = spool.head(original.block(), original.http().get().length());
            Optional<CopiedRecords.Copy> copy = copied.of(original);
            Optional<CdxjLine> line = index.capture(original.target(), original.date());
            Optional<String> digest = copy.flatMap(CopiedRecords.Copy::payloadDigest)
                    .or(() -> line.map(CdxjLine::digest));
            if (digest.isPresent()) {
                revisit(r.target(), r.date(), head, original.status(), digest.get(), original.target(),
                        copy.map(CopiedRecords.Copy::date).orElse(BundleFile.seconds(original.date())),
                        copy.flatMap(CopiedRecords.Copy::id));
            }
        } else if (member.archived().isPresent()) {
            CdxjLine line = member.archived().get();
            try (WarcReader reader = new WarcReader(root.resolve(line.filename()))) {
                reader.position(line.offset());
                Optional<WarcRecord> stored = reader.next();
                if (stored.isPresent() && stored.get() instanceof WarcResponse response) {
                    revisit(r.target(), r.date(), response.http().serializeHeader(), response.http().status(),
                            line.digest(), line.url(), line.date(), response.headers().sole("WARC-Record-ID"));
                }
            }
        }
    }

    /** A revisit record of refkeeper's own, identical-payload-digest, with its line in the index. */
    private void revisit(String target, Instant date, byte[] head, int status, String digest, String storedUrl,
                         Instant storedDate, Optional<String> storedId) throws IOException {
        WarcRevisit.Builder revisit = new WarcRevisit.Builder(target, WarcRevisit.IDENTICAL_PAYLOAD_DIGEST_1_1)
                .version(MessageVersion.WARC_1_1).date(date).warcinfoId(file.warcinfoId())
                .blockDigest(Digests.sha1(head)).payloadDigest(new org.netpreserve.jwarc.WarcDigest(digest))
                .body(MediaType.HTTP_RESPONSE, head)
                .addHeader("WARC-Refers-To-Target-URI", storedUrl)
                .addHeader("WARC-Refers-To-Date", storedDate.toString());
        storedId.ifPresent(id -> revisit.setHeader("WARC-Refers-To", id));
        file.write(revisit.build(), CdxjLine.of(target, BundleFile.seconds(date), "warc/revisit",
                Integer.toString(status), digest, 0, 0, file.relativePath(), "revisit"));
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
