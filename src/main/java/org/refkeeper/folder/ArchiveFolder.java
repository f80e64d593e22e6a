package org.refkeeper.folder;

import org.refkeeper.io.BadInputException;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Tells refkeeper's own folder from anyone else's before anything is written there. refkeeper makes an archive
 * only in a folder that does not exist or is empty (or holds only a {@code refkeeper.json} that a user wrote
 * for it, in refkeeper's own keys), and opens an existing folder only if its
 * {@code refkeeper.json} says it is an archive (its {@code format}), or if it is an archive of refkeeper 0.1.0,
 * which wrote no format: {@code refkeeper.json} beside {@code .git} and {@code runs/} or {@code sources/}.
 * Anything else (a project, a folder of personal files, a file) is refused, untouched.
 */
public final class ArchiveFolder {
    /** What a folder is to refkeeper. */
    public enum Kind { NEW, ARCHIVE, OLDER_ARCHIVE }

    /** Left behind by a first run killed before it wrote refkeeper.json: the folder is still new. */
    private static final List<String> LEFTOVERS = List.of(ArchiveLock.FILE);

    private ArchiveFolder() {
    }

    /** @throws BadInputException when the folder is no archive and not new, or an archive of a newer refkeeper */
    public static Kind check(Path root) throws IOException {
        if (Files.exists(root) && !Files.isDirectory(root)) {
            throw new BadInputException(root + ": a file, not a folder; name the archive folder with --archive DIR");
        }
        if (!Files.isDirectory(root) || isEmpty(root)) {
            return Kind.NEW;
        }
        Path settings = root.resolve(Layout.SETTINGS);
        if (!Files.isRegularFile(settings, LinkOption.NOFOLLOW_LINKS)) {
            throw notAnArchive(root, "it holds other files and no " + Layout.SETTINGS);
        }
        int format = SettingsFile.read(settings).format();
        if (format == 0 && holdsOnly(root, Layout.SETTINGS)) {
            return Kind.NEW; // settings written by hand (rules, politeness) before the first run: kept
        }
        if (format > Layout.FORMAT) {
            throw new BadInputException(root + ": an archive of a newer refkeeper (format " + format + "; this one reads "
                    + Layout.FORMAT + "); upgrade refkeeper to use it");
        }
        if (format == Layout.FORMAT) {
            return Kind.ARCHIVE;
        }
        if (Files.isDirectory(root.resolve(".git"), LinkOption.NOFOLLOW_LINKS)
                && (Files.isDirectory(root.resolve(Layout.RUNS)) || Files.isDirectory(root.resolve(Layout.SOURCES)))) {
            return Kind.OLDER_ARCHIVE;
        }
        throw notAnArchive(root, "its " + Layout.SETTINGS + " has no \"format\" and no archive beside it");
    }

    /**
     * Refuses an archive in which one of refkeeper's own paths is a symbolic link (a clone can hold them): writes
     * would follow it out of the folder, and reads would copy whatever it points to into a restore or an export.
     */
    public static void refuseLinks(Path root) throws IOException {
        for (String own : Layout.OWN) {
            Path top = root.resolve(own.contains("/") ? own.substring(0, own.indexOf('/')) : own);
            if (!Files.exists(top, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try (Stream<Path> all = Files.walk(top)) {
                Optional<Path> link = all.filter(Files::isSymbolicLink).findFirst();
                if (link.isPresent()) {
                    throw new BadInputException(link.get() + ": a symbolic link inside the archive, which refkeeper "
                            + "never makes; replace it with the file or folder it stands for");
                }
            }
        }
    }

    private static BadInputException notAnArchive(Path root, String why) {
        return new BadInputException(root + ": not a refkeeper archive (" + why + "); refkeeper makes an archive only "
                + "in a new or empty folder: name one with --archive DIR");
    }

    private static boolean isEmpty(Path dir) throws IOException {
        return holdsOnly(dir);
    }

    /** Whether the folder holds nothing but {@code names} and the leftovers of a killed first run. */
    private static boolean holdsOnly(Path dir, String... names) throws IOException {
        List<String> allowed = Stream.concat(LEFTOVERS.stream(), Stream.of(names)).toList();
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.allMatch(p -> allowed.contains(p.getFileName().toString()));
        }
    }

    /** Creates the archive folder, or says in words why it cannot be. */
    public static void create(Path root) throws IOException {
        try {
            Files.createDirectories(root);
        } catch (AccessDeniedException e) {
            throw new BadInputException(root + ": cannot create the archive folder here (permission denied); "
                    + "name another with --archive DIR");
        } catch (FileSystemException e) {
            throw new BadInputException(root + ": cannot create the archive folder ("
                    + Objects.requireNonNullElse(e.getReason(), "the file system refused") + "); name another with --archive DIR");
        }
        if (!Files.isWritable(root)) {
            throw new BadInputException(root + ": the archive folder is read-only; make it writable, or read it "
                    + "with status, log, diff, restore, serve, export or verify");
        }
    }
}
