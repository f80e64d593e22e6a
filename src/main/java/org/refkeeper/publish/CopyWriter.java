package org.refkeeper.publish;

import org.refkeeper.history.CaptureRow;
import org.refkeeper.io.FileTrees;
import org.refkeeper.restore.CopyPolicy;
import org.refkeeper.restore.OfflineCopy;
import org.refkeeper.restore.RestoreResult;
import org.refkeeper.store.ArchiveStore;
import org.refkeeper.report.SourceRecord;
import org.refkeeper.verdict.State;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Puts a capture's offline copy into the site: restored (sealed: no scripts, nothing loads from outside it)
 * into a scratch folder, then written file by file, so that a copy whose bytes did not change is not touched.
 */
final class CopyWriter {
    private final ArchiveStore store;
    private final SiteFolder site;

    CopyWriter(ArchiveStore store, SiteFolder site) {
        this.store = store;
        this.site = site;
    }

    /** The folder of a capture's copy: {@code sources/<id>/<capture time>}, from its bundle's unique name. */
    static String folder(String id, CaptureRow capture) {
        String slug = id.substring(id.indexOf('/') + 1);
        String name = capture.fileName().replaceFirst("\\.warc\\.gz$", "");
        if (name.startsWith(slug + "-")) {
            name = name.substring(slug.length() + 1);
        }
        name = name.replaceAll("[^A-Za-z0-9_-]", "-");
        return "sources/" + id + "/" + (name.isEmpty() ? "capture" : name);
    }

    PublishedCopy write(SourceRecord source, CaptureRow capture, State stateNow) throws IOException {
        String folder = folder(source.id(), capture);
        Path scratch = Files.createTempDirectory("refkeeper-publish");
        try {
            RestoreResult restored = OfflineCopy.restore(store, source, Optional.of(capture.commit()), stateNow,
                    scratch, CopyPolicy.SEALED);
            Set<String> files = new HashSet<>();
            for (String file : restored.files()) {
                site.write(folder + "/" + file, Files.readAllBytes(scratch.resolve(file)));
                files.add(file);
            }
            return new PublishedCopy(folder, files);
        } finally {
            FileTrees.delete(scratch);
        }
    }
}
