package org.refkeeper.notes;

import org.refkeeper.io.BadInputException;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Turns the paths a user gave into the notes to read, in a stable order. */
final class NoteFiles {
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

    private NoteFiles() {
    }

    /** Each note once, in the order given; folders are walked for *.md and *.markdown. */
    static List<Found> find(List<Path> paths) throws IOException {
        Set<Path> seen = new HashSet<>();
        List<Found> notes = new ArrayList<>();
        for (Path given : paths) {
            boolean named = Files.isRegularFile(given);
            for (NoteFile note : expand(given)) {
                if (seen.add(note.file().toAbsolutePath().normalize())) {
                    notes.add(new Found(note, named));
                }
            }
        }
        return notes;
    }

    private static List<NoteFile> expand(Path given) throws IOException {
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
        for (Path relative : markdownUnder(given)) {
            String inside = slashed(relative);
            notes.add(new NoteFile(name.isEmpty() ? inside : name + "/" + inside, given.resolve(relative)));
        }
        if (notes.isEmpty()) {
            throw new BadInputException(name + ": no Markdown notes (*.md, *.markdown) in this folder;"
                    + " give a folder that holds notes, or name the note files");
        }
        return notes;
    }

    /** Relative paths of the Markdown files under a folder; hidden files and folders (.git, ...) are left out. */
    private static List<Path> markdownUnder(Path folder) throws IOException {
        List<Path> found = new ArrayList<>();
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return !dir.equals(folder) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws BadInputException {
                throw new BadInputException(slashed(file) + ": cannot be read (" + (e instanceof AccessDeniedException
                        ? "permission denied" : "a file system error") + "); make it readable or move it out of the notes");
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && !isHidden(file) && isMarkdown(file)) {
                    found.add(folder.relativize(file));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        found.sort(TREE_ORDER);
        return found;
    }

    private static boolean isHidden(Path path) {
        return path.getFileName().toString().startsWith(".");
    }

    private static boolean isMarkdown(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".md") || name.endsWith(".markdown");
    }

    private static String slashed(Path path) {
        return path.toString().replace('\\', '/');
    }
}
