package org.refkeeper.testing;

import org.refkeeper.Archive;
import org.refkeeper.imports.ImportReport;
import org.refkeeper.restore.RestoreResult;
import org.refkeeper.run.RunListener;
import org.refkeeper.verify.VerifyReport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a user who brings another tool's files into refkeeper gets back: the files imported, the archive
 * verified and every bundle valid, then a page restored offline with each resource it uses from a local file.
 */
public final class Restored {
    private Restored() {
    }

    /** Imports {@code files} into {@code archive}; fails unless the archive then verifies and every bundle is valid. */
    public static ImportReport imported(Path archive, List<Path> files) throws Exception {
        try (Archive a = Archive.open(archive)) {
            ImportReport report = a.importFiles(files, RunListener.NONE);
            VerifyReport verify = a.verify();
            if (!verify.ok()) {
                throw new AssertionError("verify after importing " + files + ": " + verify.problems());
            }
            BundleRecords.assertAllValid(a.root());
            return report;
        }
    }

    /**
     * Restores {@code page} (its last good capture) into a new folder beside the archive and asserts that it shows
     * {@code text} and uses every one of {@code resources} (name: bytes) from a file under files/ holding exactly
     * those bytes.
     */
    public static RestoreResult whole(Path archive, String page, String text, Map<String, byte[]> resources)
            throws Exception {
        Path to = Files.createTempDirectory(archive.getParent(), "restored-");
        try (Archive a = Archive.open(archive)) {
            RestoreResult restored = a.restore(page, Optional.empty(), to, false);
            String html = Files.readString(restored.page());
            if (!html.contains(text)) {
                throw new AssertionError(page + ": the restored page lacks '" + text + "'");
            }
            Map<String, byte[]> files = files(to.resolve("files"));
            resources.forEach((what, bytes) -> {
                String name = files.entrySet().stream().filter(e -> Arrays.equals(e.getValue(), bytes))
                        .map(Map.Entry::getKey).findFirst().orElseThrow(() -> new AssertionError(page + ": " + what
                                + " does not come back whole; restored files: " + files.keySet()));
                if (!html.contains("files/" + name)) {
                    throw new AssertionError(page + ": the restored page does not use files/" + name + " for " + what);
                }
            });
            return restored;
        }
    }

    private static Map<String, byte[]> files(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return Map.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.collect(Collectors.toMap(p -> p.getFileName().toString(), p -> {
                try {
                    return Files.readAllBytes(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
        }
    }
}
