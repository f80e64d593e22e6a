package org.refkeeper.folder;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Keeps two refkeeper processes from writing one archive at once. The OS frees it if the process dies. */
public final class ArchiveLock implements AutoCloseable {
    public static final String FILE = ".refkeeper.lock";
    private final FileChannel channel;
    private final FileLock lock;

    private ArchiveLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    public static ArchiveLock acquire(Path root) throws IOException {
        Path file = root.resolve(FILE);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException heldInThisProcess) {
            lock = null;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            channel.close();
            throw new IOException(root + ": the archive is in use by another refkeeper run (" + FILE
                    + "); wait for it to finish");
        }
        return new ArchiveLock(channel, lock);
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
