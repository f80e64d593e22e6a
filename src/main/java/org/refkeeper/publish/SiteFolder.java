package org.refkeeper.publish;

import org.refkeeper.io.AtomicFile;
import org.refkeeper.io.BadInputException;
import org.refkeeper.report.Json;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The folder a site is published to: new, empty (but for a {@code .git}), or an earlier publish, whose manifest
 * lists what refkeeper wrote there. A file is written only when its bytes differ, so re-publishing an archive
 * in which nothing changed touches nothing, and pushing the folder stays cheap. Files the earlier publish wrote
 * and this one did not are removed; files someone else put there are left alone.
 */
final class SiteFolder {
    static final String MANIFEST = ".refkeeper-publish.json";
    private static final Pattern RELATIVE = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*(/[A-Za-z0-9_-][A-Za-z0-9._-]*)*");
    /** Tells GitHub Pages to serve the folder as it is, not to run Jekyll over it (which drops {@code _names}). */
    static final String NO_JEKYLL = ".nojekyll";
    private static final Set<String> IGNORED = Set.of(".git", NO_JEKYLL);

    /** What a publish did to the folder. */
    record Changes(int written, int unchanged, int removed) {
    }

    /** The manifest: every file a publish wrote, sorted. */
    record Manifest(List<String> files) {
        Manifest {
            files = files == null ? List.of() : List.copyOf(files);
        }
    }

    private final Path dir;
    private final Path real;
    private final Set<String> earlier;
    private final Set<String> written = new TreeSet<>();
    private int changed;

    private SiteFolder(Path dir, Path real, Set<String> earlier) {
        this.dir = dir;
        this.real = real;
        this.earlier = earlier;
    }

    static SiteFolder open(Path dir, Path archiveRoot) throws IOException {
        Path abs = dir.toAbsolutePath().normalize();
        if (abs.startsWith(archiveRoot.toAbsolutePath().normalize())) {
            throw new BadInputException(abs + " is inside the archive " + archiveRoot
                    + "; publish to a folder outside it (the next run would commit the site)");
        }
        if (Files.exists(abs) && !Files.isDirectory(abs)) {
            throw new BadInputException(abs + " is a file; --to needs a folder: name a new or empty one");
        }
        Files.createDirectories(abs);
        Set<String> earlier = Set.of();
        if (Files.isRegularFile(abs.resolve(MANIFEST))) {
            earlier = Set.copyOf(Json.read(abs.resolve(MANIFEST), Manifest.class).files());
        } else if (!isEmpty(abs)) {
            throw new BadInputException(abs + " is not empty and holds no earlier publish; name a new or empty "
                    + "folder with --to, or empty this one first");
        }
        return new SiteFolder(abs, abs.toRealPath(), earlier);
    }

    Path dir() {
        return dir;
    }

    /** Writes one file unless it already holds exactly these bytes. */
    void write(String relative, byte[] bytes) throws IOException {
        if (!written.add(relative)) {
            throw new IOException(dir + ": '" + relative + "' would be written twice in one publish");
        }
        Path target = inside(relative);
        if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) && Files.size(target) == bytes.length
                && Arrays.equals(Files.readAllBytes(target), bytes)) {
            return;
        }
        AtomicFile.write(target, bytes);
        changed++;
    }

    void write(String relative, String text) throws IOException {
        write(relative, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Removes what the earlier publish wrote and this one did not, then records what this one wrote. */
    Changes finish() throws IOException {
        int removed = 0;
        for (String old : earlier) {
            if (!written.contains(old) && RELATIVE.matcher(old).matches()) {
                Path file = inside(old);
                if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    Files.delete(file);
                    removed++;
                    pruneEmpty(file.getParent());
                }
            }
        }
        boolean manifestChanged = AtomicFile.writeIfChanged(dir.resolve(MANIFEST), Json.write(new Manifest(List.copyOf(written))));
        return new Changes(changed + (manifestChanged ? 1 : 0), written.size() - changed, removed);
    }

    private void pruneEmpty(Path folder) throws IOException {
        for (Path p = folder; p != null && p.startsWith(dir) && !p.equals(dir); p = p.getParent()) {
            try (Stream<Path> entries = Files.list(p)) {
                if (entries.findAny().isPresent()) {
                    return;
                }
            }
            Files.delete(p);
        }
    }

    private Path inside(String relative) throws IOException {
        if (!RELATIVE.matcher(relative).matches() && !relative.equals(NO_JEKYLL)) {
            throw new IOException(dir + ": refusing to write '" + relative + "', not a plain relative file name");
        }
        Path target = dir.resolve(relative).normalize();
        // checked before any folder is made, so that a link planted in the site cannot make one elsewhere
        Path existing = target.getParent();
        while (!Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
        }
        if (!target.startsWith(dir) || !existing.toRealPath().startsWith(real)) {
            throw new IOException(dir + ": refusing to write '" + relative + "', which lands outside the folder");
        }
        Files.createDirectories(target.getParent());
        if (!target.getParent().toRealPath().startsWith(real)) {
            throw new IOException(dir + ": refusing to write '" + relative + "', which lands outside the folder");
        }
        return target;
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                if (!IGNORED.contains(p.getFileName().toString())) {
                    return false;
                }
            }
            return true;
        }
    }
}
