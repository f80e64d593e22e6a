package org.refkeeper.foreign;

import org.netpreserve.jwarc.HttpResponse;
import org.refkeeper.records.ForeignRecord;
import org.refkeeper.records.HttpHead;
import org.refkeeper.records.Spool;
import org.refkeeper.warc.ArchiveReader;
import org.refkeeper.warc.HttpBodies;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * The decoded payloads of an import's records, read from the spool (a revisit's from its original, wherever
 * that is) and never past a cap: a body that would decode to more is not read at all.
 */
final class Bodies {
    /** Most bytes one decoded body of an imported page may take in memory. */
    static final int MAX_BODY = 16 << 20;
    /** Most bytes the decoded bodies of one imported page may take together. */
    static final int MAX_PAGE = 48 << 20;

    private final Spool spool;
    private final Originals originals;
    private final ArchiveReader archive;

    Bodies(Spool spool, Originals originals, ArchiveReader archive) {
        this.spool = spool;
        this.originals = originals;
        this.archive = archive;
    }

    /**
     * The payload, decoded as its HTTP head says (a revisit's as its original's body).
     *
     * @return empty when it is larger than {@code cap} once decoded, or when a revisit's original is nowhere
     */
    Optional<byte[]> decoded(ForeignRecord record, int cap) throws IOException {
        if (record.type().equals("revisit")) {
            Optional<Originals.Original> original = originals.of(record);
            if (original.isEmpty()) {
                return Optional.empty();
            }
            if (original.get() instanceof Originals.InArchive in) {
                return archive.payload(in.line(), cap);
            }
            return decoded(((Originals.InImport) original.get()).record(), cap);
        }
        if (record.http().isEmpty()) {
            return HttpBodies.decoded(() -> spool.open(record.block()), List.of(), cap);
        }
        HttpHead head = record.http().get();
        List<String> codings = HttpBodies.codings(head.headers().stream()
                .filter(h -> h.name().equalsIgnoreCase("Content-Encoding")).map(h -> h.value()).toList());
        try {
            return HttpBodies.decoded(() -> HttpResponse.parse(spool.channel(record.block())).body().stream(),
                    codings, cap);
        } catch (IOException | RuntimeException chunksThatDoNotAddUp) {
            return HttpBodies.decoded(() -> afterHead(record), codings, cap);
        }
    }

    /** The bytes after the HTTP head, as stored. */
    private InputStream afterHead(ForeignRecord record) throws IOException {
        InputStream in = spool.open(record.block());
        in.skipNBytes(record.http().get().length());
        return in;
    }
}
