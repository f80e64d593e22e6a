package org.refkeeper.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Where a path really leads once every symbolic link on the way is followed, the last one included even when
 * what it points to does not exist yet. Compare these, never the paths as typed: a link can make a folder
 * outside the archive be inside it.
 */
public final class RealPath {
    /** Linux gives up after 40 links too. */
    private static final int MAX_LINKS = 40;

    private RealPath() {
    }

    /** The real location of {@code path}, existing or not (for a missing tail, where it would be created). */
    public static Path of(Path path) throws IOException {
        Path p = path.toAbsolutePath();
        for (int links = 0; links <= MAX_LINKS; links++) {
            Path existing = p;
            while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
                existing = existing.getParent();
            }
            if (existing == null) {
                return p.normalize();
            }
            Path rest = existing.relativize(p);
            if (Files.isSymbolicLink(existing) && !Files.exists(existing)) {
                // a dangling link: writing there would create what it points to
                Path target = existing.resolveSibling(Files.readSymbolicLink(existing));
                p = rest.toString().isEmpty() ? target : target.resolve(rest);
                continue;
            }
            Path real = existing.toRealPath();
            return rest.toString().isEmpty() ? real : real.resolve(rest).normalize();
        }
        throw new BadInputException(path + ": too many symbolic links on the way (a loop?); name a real folder");
    }

    /** Whether {@code path} really lies in {@code folder} (or is it), links followed on both. */
    public static boolean isInside(Path path, Path folder) throws IOException {
        return of(path).startsWith(of(folder));
    }
}
