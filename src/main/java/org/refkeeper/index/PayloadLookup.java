package org.refkeeper.index;

import java.util.Optional;

/** Finds a payload stored in full by an earlier bundle, so a new bundle can write a revisit record instead. */
@FunctionalInterface
public interface PayloadLookup {
    /** For the first bundle of an archive. */
    PayloadLookup NONE = digest -> Optional.empty();

    /** @param payloadDigest as in WARC-Payload-Digest, e.g. {@code sha1:ABC...} */
    Optional<StoredPayload> find(String payloadDigest);
}
