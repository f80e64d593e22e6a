package org.refkeeper.warc;

import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

import java.io.IOException;
import java.nio.file.Path;
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

    /** @param relativePath a bundle as {@link Bundle#relativePath()} names it */
    public Snapshot read(String relativePath) throws IOException {
        return BundleReader.read(root.resolve(relativePath), this);
    }

    @Override
    public Optional<byte[]> payload(String payloadDigest) throws IOException {
        Optional<CdxjLine> line = index.original(payloadDigest);
        if (line.isEmpty()) {
            return Optional.empty();
        }
        Path file = root.resolve(line.get().filename());
        try (WarcReader reader = new WarcReader(file)) {
            reader.position(line.get().offset());
            Optional<WarcRecord> record = reader.next();
            if (record.isEmpty() || !(record.get() instanceof WarcResponse response)
                    || !response.payloadDigest().map(d -> d.prefixedBase32().equals(payloadDigest)).orElse(false)) {
                throw new IOException(file + "@" + line.get().offset() + ": the index says the response for "
                        + line.get().url() + " with payload " + payloadDigest + " is here, but it is not");
            }
            return Optional.of(HttpBodies.decoded(response.http(), response.target()));
        }
    }
}
