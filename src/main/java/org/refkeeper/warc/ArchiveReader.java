package org.refkeeper.warc;

import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;
import org.refkeeper.index.CdxjIndex;
import org.refkeeper.index.CdxjLine;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Reads bundles of an archive folder; a revisit's payload is fetched from whichever bundle the index says
 * stored it in full, by seeking straight to that record.
 */
public final class ArchiveReader implements RevisitResolver {
    private final Path root;
    private final CdxjIndex index;

    public ArchiveReader(Path root, CdxjIndex index) {
        this.root = root;
        this.index = index;
    }

    public CdxjIndex index() {
        return index;
    }

    /** @param relativePath a bundle as {@link Bundle#relativePath()} names it */
    public Snapshot read(String relativePath) throws IOException {
        return BundleReader.read(root.resolve(relativePath), this);
    }

    @Override
    public Optional<byte[]> payload(String payloadDigest) throws IOException {
        Optional<CdxjLine> line = index.original(payloadDigest);
        return line.isEmpty() ? Optional.empty() : payload(line.get(), HttpBodies.MAX_DECODED);
    }

    @Override
    public Optional<byte[]> payload(String url, Instant date) throws IOException {
        Optional<CdxjLine> line = index.capture(url, date);
        return line.isEmpty() ? Optional.empty() : payload(line.get(), HttpBodies.MAX_DECODED);
    }

    /**
     * The line of the full record a revisit record's line stands for: by its payload digest, else by the
     * WARC-Refers-To-Target-URI and -Date the record itself states (a revisit without a digest, or in another
     * digest algorithm than its original's).
     */
    public Optional<CdxjLine> originalOf(CdxjLine revisit) throws IOException {
        Optional<CdxjLine> byDigest = index.original(revisit.digest());
        if (byDigest.isPresent() || !java.nio.file.Files.isRegularFile(root.resolve(revisit.filename()))) {
            return byDigest;
        }
        try (WarcReader reader = at(revisit)) {
            Optional<WarcRecord> record = reader.next();
            if (record.isEmpty()) {
                return Optional.empty();
            }
            Optional<String> url = record.get().headers().sole("WARC-Refers-To-Target-URI").map(String::strip)
                    .or(() -> Optional.of(revisit.url()));
            Optional<Instant> date = record.get().headers().sole("WARC-Refers-To-Date").flatMap(WarcDates::parse);
            return date.flatMap(d -> index.capture(url.get(), d));
        }
    }

    /**
     * The decoded payload of the response or resource a line points at, read straight from its offset.
     *
     * @return empty when it decodes to more than {@code cap} bytes
     * @throws IOException when the record there is not the one the line names
     */
    public Optional<byte[]> payload(CdxjLine line, int cap) throws IOException {
        List<String> codings;
        try (WarcReader reader = at(line)) {
            WarcRecord record = record(reader, line);
            codings = record instanceof WarcResponse response
                    ? HttpBodies.codings(response.http().headers().all("Content-Encoding")) : List.of();
        }
        return HttpBodies.decoded(() -> stream(line), codings, cap);
    }

    /** The stored payload of the record at the line, as a stream that closes the file with it. */
    private InputStream stream(CdxjLine line) throws IOException {
        WarcReader reader = at(line);
        try {
            WarcRecord record = record(reader, line);
            InputStream body = record instanceof WarcResponse response ? response.http().body().stream()
                    : record.body().stream();
            return new FilterInputStream(body) {
                @Override
                public void close() throws IOException {
                    try {
                        super.close();
                    } finally {
                        reader.close();
                    }
                }
            };
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    private WarcReader at(CdxjLine line) throws IOException {
        WarcReader reader = new WarcReader(root.resolve(line.filename()));
        reader.position(line.offset());
        return reader;
    }

    private WarcRecord record(WarcReader reader, CdxjLine line) throws IOException {
        Optional<WarcRecord> record = reader.next();
        boolean found = record.isPresent() && (record.get() instanceof WarcResponse
                || record.get() instanceof WarcResource) && ((WarcTargetRecord) record.get()).target().equals(line.url());
        if (!found) {
            throw new IOException(root.resolve(line.filename()) + "@" + line.offset() + ": the index says the "
                    + "record for " + line.url() + " is here, but it is not");
        }
        return record.get();
    }
}
