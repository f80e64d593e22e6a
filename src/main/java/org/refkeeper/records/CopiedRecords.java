package org.refkeeper.records;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The records of one import already copied into a bundle: a record (or warcinfo) that several pages use is
 * stored once, and the later pages' bundles refer to it.
 */
public final class CopiedRecords {
    /**
     * Where one record went.
     *
     * @param payloadDigest the payload digest its copy states, else the one its payload has
     */
    record Copy(Optional<String> id, String url, Instant date, Optional<String> payloadDigest, String bundle) {
    }

    private final Map<String, Copy> copies = new HashMap<>();

    synchronized Optional<Copy> of(ForeignRecord record) {
        return Optional.ofNullable(copies.get(record.key()));
    }

    synchronized void add(ForeignRecord record, Copy copy) {
        copies.putIfAbsent(record.key(), copy);
    }
}
