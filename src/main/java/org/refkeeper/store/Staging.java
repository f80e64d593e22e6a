package org.refkeeper.store;

import org.refkeeper.folder.Layout;
import org.refkeeper.io.AtomicFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a commit stages. Asking git for every change under {@link Layout#OWN} walks every file of the archive, which at
 * 10,000 sources costs seconds; a writer knows what it wrote. So a writer that finds the folder as the last commit
 * left it stages only the files it wrote, and the few small ones others may write. Whether the folder is as the last commit left it is what the mark
 * {@code .git/refkeeper/clean} says: the commit it was left at, written when a writer closes with nothing
 * uncommitted, removed as the next one opens. A folder without it (a new archive, a run that died, a writer older than
 * the mark) is staged whole, and its leftovers are looked for ({@link Leftovers}).
 */
final class Staging {
    static final String MARK = ".git/refkeeper/clean";
    private final Path mark;
    /** Whether the folder holds nothing uncommitted that this writer did not write. */
    private boolean clean;
    private final Set<String> written = new TreeSet<>();
    private boolean uncommitted;

    private Staging(Path mark, boolean clean) {
        this.mark = mark;
        this.clean = clean;
    }

    /** Reads and removes the mark: from now on the folder may hold what no commit does. */
    static Staging open(Path root, Optional<String> head) throws IOException {
        boolean clean = head.isPresent() && markedAt(root, head.get());
        Path mark = root.resolve(MARK);
        Files.deleteIfExists(mark);
        return new Staging(mark, clean);
    }

    /** Whether the folder is marked as left by the commit {@code head}: no writer at work, none died since. */
    static boolean markedAt(Path root, String head) {
        try {
            Path mark = root.resolve(MARK);
            return Files.isRegularFile(mark) && Files.readString(mark).strip().equals(head);
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether the folder was as the last commit left it when the writer opened it, or has been committed since. */
    synchronized boolean clean() {
        return clean;
    }

    /** A file of {@link Layout#OWN} written (or removed) since the last commit. */
    synchronized void wrote(String path) {
        written.add(path);
        uncommitted = true;
    }

    /**
     * The paths the next commit stages: all of {@link Layout#OWN}, or the files written and the few small ones
     * others may write (the settings, .gitignore, the demo's note). Not {@code runs/} whole: git would read every
     * report again (4 MB each at 10,000 sources) to find the one new.
     */
    synchronized List<String> paths() {
        if (!clean) {
            return Layout.OWN;
        }
        List<String> out = new ArrayList<>(List.of(Layout.SETTINGS, Layout.GITIGNORE, Layout.DEMO_NOTE));
        out.addAll(written);
        return out;
    }

    /** After a commit of {@link #paths}: the folder is as that commit left it, but for what is written next. */
    synchronized void committed() {
        clean = true;
        written.clear();
        uncommitted = false;
    }

    /** Marks the folder clean at {@code head} if nothing was written since the last commit (or at all). */
    synchronized void close(Optional<String> head) throws IOException {
        if (clean && !uncommitted && head.isPresent()) {
            AtomicFile.write(mark, head.get() + "\n");
        }
    }
}
