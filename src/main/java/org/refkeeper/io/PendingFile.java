package org.refkeeper.io;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A file being written in steps: a temporary file beside its target until {@link #commit}, which moves it into
 * place at once. Closed without a commit, the temporary file goes and the target is untouched.
 */
public final class PendingFile implements Closeable {
    private final Path target;
    private final Path temp;
    private boolean committed;

    private PendingFile(Path target, Path temp) {
        this.target = target;
        this.temp = temp;
    }

    public static PendingFile create(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        return new PendingFile(target, Files.createTempFile(dir, "." + target.getFileName(), ".tmp"));
    }

    /** Where to write until the commit. */
    public Path temp() {
        return temp;
    }

    public Path target() {
        return target;
    }

    /** Moves the written file into place. */
    public void commit() throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            // temporary files are owner-only; archive files are ordinary files that others may read
            Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
        }
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
    }

    @Override
    public void close() throws IOException {
        if (!committed) {
            Files.deleteIfExists(temp);
        }
    }
}
