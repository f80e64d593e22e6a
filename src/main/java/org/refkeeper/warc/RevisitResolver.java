package org.refkeeper.warc;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

/** Fetches the payload a revisit record stands for from wherever it was stored in full. */
@FunctionalInterface
public interface RevisitResolver {
    /** For a bundle read on its own: revisits can only point inside it. */
    RevisitResolver NONE = digest -> Optional.empty();

    /** @return the decoded body whose WARC-Payload-Digest is {@code payloadDigest}, if some stored record has it */
    Optional<byte[]> payload(String payloadDigest) throws IOException;

    /** The decoded body of the response stored for {@code url} at {@code date}, as WARC-Refers-To-* name it. */
    default Optional<byte[]> payload(String url, Instant date) throws IOException {
        return Optional.empty();
    }
}
