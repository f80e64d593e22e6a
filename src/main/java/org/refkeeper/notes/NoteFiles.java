package org.refkeeper.notes;

import org.refkeeper.io.BadInputException;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns the paths a user gave into the notes to read, in a stable order. Folders are walked through symbolic links
 * (a loop is walked once); hidden folders, dependency folders and a Jekyll site's build output are left out: their
 * Markdown files are someone else's documentation or copies of the notes.
 */
final class NoteFiles {
    /** Jekyll's default {@code markdown_ext}, and {@code .mdown}. */
    private static final List<String> MARKDOWN = List.of(".md", ".markdown", ".mkd", ".mkdn", ".mkdown", ".mdown");
    private static final Set<String> NOT_NOTES = Set.of("_site", "node_modules", "bower_components");
    /** Where Bundler puts a Jekyll site's gems, each with its README (Jekyll's own default excludes). */
    private static final Set<String> VENDORED = Set.of("bundle", "cache", "gems", "ruby");

    /** Folder by folder, name by name: a folder's notes stay together whatever characters the names hold. */
    private static final Comparator<Path> TREE_ORDER = (a, b) -> {
        for (int i = 0; i < Math.min(a.getNameCount(), b.getNameCount()); i++) {
            int c = a.getName(i).toString().compareTo(b.getName(i).toString());
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.getNameCount(), b.getNameCount());
    };

    /** A note found, and whether the user named it (else it was found in a folder). */
    record Found(NoteFile note, boolean named) {
    }

    /** The notes found, and what the user should know about files left out. */
    record Walk(List<Found> notes, List<String> warnings) {
    }

    private NoteFiles() {
    }

    /** Each note once (a file reached through two links too), in the order given. */
    static Walk find(List<Path> paths) throws IOException {
        Set<Path> seen = new HashSet<>();
        List<Found> notes = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (Path given : paths) {
            boolean named = Files.isRegularFile(given);
            for (NoteFile note : expand(given, warnings)) {
                if (seen.add(real(note.file()))) {
                    notes.add(new Found(note, named));
                }
            }
        }
        return new Walk(notes, warnings);
    }

    private static List<NoteFile> expand(Path given, List<String> warnings) throws IOException {
        String name = slashed(given);
        if (Files.isRegularFile(given)) {
            return List.of(new NoteFile(name, given));
        }
        if (Files.isDirectory(given) && !Files.isReadable(given)) {
            throw new BadInputException(name + ": the folder cannot be read (permission denied); make it readable");
        }
        if (!Files.isDirectory(given)) {
            throw new BadInputException(name + ": no such file or folder; give a Markdown file or a folder of notes");
        }
        List<NoteFile> notes = new ArrayList<>();
        for (Path relative : markdownUnder(given, name, warnings)) {
            String inside = slashed(relative);
            notes.add(new NoteFile(name.isEmpty() ? inside : name + "/" + inside, given.resolve(relative)));
        }
        if (notes.isEmpty()) {
            throw new BadInputException(name + ": no Markdown notes (*" + String.join(", *", MARKDOWN)
                    + ") in this folder; give a folder that holds notes, or name the note files");
        }
        return notes;
    }

    /** Relative paths of the Markdown files under a folder. */
    private static List<Path> markdownUnder(Path folder, String name, List<String> warnings) throws IOException {
        List<Path> found = new ArrayList<>();
        Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return !dir.equals(folder) && !holdsNotes(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws BadInputException {
                if (e instanceof FileSystemLoopException) {
                    return FileVisitResult.CONTINUE; // a link back to a folder being walked: its notes are read there
                }
                String why = e instanceof AccessDeniedException ? "permission denied"
                        : e instanceof FileSystemException f && f.getReason() != null ? f.getReason().toLowerCase(Locale.ROOT)
                        : "a file system error";
                throw new BadInputException(shown(file) + ": cannot be read (" + why + "); make it readable or move it out of the notes");
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (isHidden(file) || !isMarkdown(file)) {
                    return FileVisitResult.CONTINUE;
                }
                if (attrs.isRegularFile()) {
                    found.add(folder.relativize(file));
                } else if (attrs.isSymbolicLink()) {
                    warnings.add(shown(file) + ": skipped, a symbolic link to nothing; fix the link or remove it");
                }
                return FileVisitResult.CONTINUE;
            }

            private String shown(Path file) {
                String inside = slashed(folder.relativize(file));
                return name.isEmpty() ? inside : name + "/" + inside;
            }
        });
        found.sort(TREE_ORDER);
        return found;
    }

    private static boolean holdsNotes(Path dir) {
        String name = dir.getFileName().toString();
        Path parent = dir.getParent();
        boolean vendored = VENDORED.contains(name) && parent != null && parent.getFileName() != null
                && parent.getFileName().toString().equals("vendor");
        return !name.startsWith(".") && !NOT_NOTES.contains(name) && !vendored;
    }

    private static boolean isHidden(Path path) {
        return path.getFileName().toString().startsWith(".");
    }

    private static boolean isMarkdown(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return MARKDOWN.stream().anyMatch(name::endsWith);
    }

    private static Path real(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException e) {
            return file.toAbsolutePath().normalize();
        }
    }

    private static String slashed(Path path) {
        return path.toString().replace('\\', '/');
    }
}
