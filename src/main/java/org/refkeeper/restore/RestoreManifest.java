package org.refkeeper.restore;

import java.time.Instant;
import java.util.List;

/**
 * {@code .refkeeper-restore.json} in a restored folder: what it holds, so that a later restore may replace
 * it and nothing else.
 */
record RestoreManifest(String source, String url, Instant capturedAt, String bundle, List<String> files) {
    RestoreManifest {
        files = files == null ? List.of() : List.copyOf(files);
    }

    RestoreManifest withFiles(List<String> written) {
        return new RestoreManifest(source, url, capturedAt, bundle, written);
    }
}
