package org.refkeeper.chromium;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Finds the Chromium executable: the one the user named, else Debian's. */
public final class ChromiumLocator {
    /** The bare binary first: Debian's /usr/bin/chromium is a shell wrapper around it. */
    public static final List<Path> CANDIDATES = List.of(
            Path.of("/usr/lib/chromium/chromium"), Path.of("/usr/bin/chromium"), Path.of("/usr/bin/chromium-browser"));

    private ChromiumLocator() {
    }

    public static Path find(Optional<Path> configured) throws IOException {
        return find(configured, CANDIDATES);
    }

    public static Path find(Optional<Path> configured, List<Path> candidates) throws IOException {
        if (configured.isPresent()) {
            Path path = configured.get();
            if (!Files.isExecutable(path)) {
                throw new IOException("Chromium not found at " + path + "; run scripts/setup or pass --chromium PATH");
            }
            return path;
        }
        return candidates.stream().filter(Files::isExecutable).findFirst()
                .orElseThrow(() -> new IOException("Chromium not found; run scripts/setup or pass --chromium PATH"));
    }
}
