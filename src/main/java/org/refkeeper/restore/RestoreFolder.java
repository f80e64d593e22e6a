package org.refkeeper.restore;

import org.refkeeper.io.AtomicFile;
import org.refkeeper.io.BadInputException;
import org.refkeeper.io.PlainPath;
import org.refkeeper.report.Json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The folder a restore writes to: new, empty, or an earlier restore (its manifest says so), never anything
 * else. Every file lands inside it, checked after resolving links, and atomically; files of the earlier
 * restore that this one did not write again are removed.
 */
final class RestoreFolder {
    static final String MANIFEST = ".refkeeper-restore.json";

    private final Path dir;
    private final Path real;
    private final Set<String> earlier;
    private final List<String> written = new ArrayList<>();

    private RestoreFolder(Path dir, Path real, Set<String> earlier) {
        this.dir = dir;
        this.real = real;
        this.earlier = earlier;
    }

    static RestoreFolder open(Path dir) throws IOException {
        Path abs = dir.toAbsolutePath().normalize();
        if (Files.exists(abs) && !Files.isDirectory(abs)) {
            throw new BadInputException(abs + " is a file; restore needs a folder: name a new or empty one");
        }
        Files.createDirectories(abs);
        Set<String> earlier = Set.of();
        if (Files.isRegularFile(abs.resolve(MANIFEST))) {
            earlier = Set.copyOf(Json.read(abs.resolve(MANIFEST), RestoreManifest.class).files());
        } else if (!isEmpty(abs)) {
            throw new BadInputException(abs + " is not empty and holds no earlier restore; name a new or empty "
                    + "folder with --to, or empty this one first");
        }
        return new RestoreFolder(abs, abs.toRealPath(), earlier);
    }

    Path dir() {
        return dir;
    }

    /** Writes one file; {@code relative} is a plain path of safe names, and must land inside the folder. */
    void write(String relative, byte[] bytes) throws IOException {
        Path target = inside(relative);
        AtomicFile.write(target, bytes);
        written.add(relative);
    }

    /** Records what was written, then removes what the earlier restore wrote and this one did not. */
    List<String> finish(RestoreManifest manifest) throws IOException {
        for (String old : earlier) {
            if (!written.contains(old) && PlainPath.isPlain(old)) {
                Path file = inside(old);
                if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    Files.delete(file);
                }
            }
        }
        AtomicFile.write(inside(MANIFEST), Json.write(manifest.withFiles(written)));
        return List.copyOf(written);
    }

    private Path inside(String relative) throws IOException {
        if (!PlainPath.isPlain(relative) && !relative.equals(MANIFEST)) {
            throw new IOException(dir + ": refusing to write '" + relative + "', not a plain relative file name");
        }
        Path target = dir.resolve(relative).normalize();
        Files.createDirectories(target.getParent());
        if (!target.startsWith(dir) || !target.getParent().toRealPath().startsWith(real)) {
            throw new IOException(dir + ": refusing to write '" + relative + "', which lands outside the folder");
        }
        return target;
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }
}
