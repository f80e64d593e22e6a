package org.refkeeper.testing;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The archive refkeeper 0.1.0 wrote for its demo (fixtures/archives): no format in refkeeper.json. */
public final class OlderArchive {
    private OlderArchive() {
    }

    /** Unpacks a fresh copy into {@code to} and returns it. */
    public static Path unpack(Path to) throws IOException {
        Path tarGz = FixtureFiles.file("archives/v0.1.0-demo.tar.gz");
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(Files.newInputStream(tarGz)))) {
            for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
                Path target = to.resolve(e.getName()).normalize();
                if (!target.startsWith(to)) {
                    throw new IOException("unsafe entry " + e.getName());
                }
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(tar, target);
                }
            }
        }
        return to;
    }
}
