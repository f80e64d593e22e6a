package org.refkeeper.wacz;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.io.input.BoundedInputStream;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A WACZ opened for reading only, within limits checked before anything is read: entry count, entry names (none
 * outside the package), no symbolic links, sizes, how far an entry inflates; a stream that inflates past the size
 * its entry declares fails. Nothing is unpacked to disk under an entry's name.
 */
public final class WaczFile implements AutoCloseable {
    public static final int MAX_ENTRIES = 10_000;
    static final long MAX_ENTRY_BYTES = 512L << 20;
    static final long MAX_TOTAL_BYTES = 2L << 30;
    /** A deflated entry this many times smaller than what it unpacks to is a bomb, not an archive's data ... */
    static final long MAX_RATIO = 100;
    /** ... once it unpacks to more than this. */
    static final long MIN_BOMB_BYTES = 16L << 20;

    private final Path file;
    private final ZipFile zip;
    private final List<ZipArchiveEntry> entries;

    private WaczFile(Path file, ZipFile zip, List<ZipArchiveEntry> entries) {
        this.file = file;
        this.zip = zip;
        this.entries = entries;
    }

    public static WaczFile open(Path file) throws IOException {
        ZipFile zip = ZipFile.builder().setPath(file).get();
        try {
            List<ZipArchiveEntry> entries = new ArrayList<>();
            long total = 0;
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                if (entries.size() == MAX_ENTRIES) {
                    throw new IOException(file + ": more than " + MAX_ENTRIES + " entries");
                }
                check(file, entry);
                total += entry.getSize();
                if (total > MAX_TOTAL_BYTES) {
                    throw new IOException(file + ": entries add up to more than " + (MAX_TOTAL_BYTES >> 30) + " GiB");
                }
                entries.add(entry);
            }
            return new WaczFile(file, zip, entries);
        } catch (IOException | RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    private static void check(Path file, ZipArchiveEntry entry) throws IOException {
        String name = entry.getName();
        if (name.startsWith("/") || name.contains("\\") || name.contains("\0")
                || ("/" + name + "/").contains("/../")) {
            throw new IOException(file + ": entry " + name + " points outside the package");
        }
        if (entry.isUnixSymlink()) {
            throw new IOException(file + ": entry " + name + " is a symbolic link, which no WACZ holds");
        }
        if (entry.getSize() < 0 || entry.getSize() > MAX_ENTRY_BYTES) {
            throw new IOException(file + ": entry " + name + " declares " + entry.getSize()
                    + " bytes; at most " + (MAX_ENTRY_BYTES >> 20) + " MiB are read");
        }
        long packed = entry.getCompressedSize();
        if (entry.getSize() > MIN_BOMB_BYTES && packed >= 0 && entry.getSize() > MAX_RATIO * Math.max(1, packed)) {
            throw new IOException(file + ": entry " + name + " unpacks to " + (entry.getSize() >> 20) + " MiB from "
                    + Math.max(1, packed >> 10) + " KiB, as a zip bomb does");
        }
    }

    public Path file() {
        return file;
    }

    /** The WARC files under {@code archive/}. */
    public List<ZipArchiveEntry> warcs() {
        return entries.stream().filter(e -> e.getName().matches("archive/[^/]+\\.warc(\\.gz)?")).toList();
    }

    public Optional<ZipArchiveEntry> entry(String name) {
        return entries.stream().filter(e -> e.getName().equals(name)).findFirst();
    }

    /** The entry's bytes, failing past the size it declares. */
    public InputStream open(ZipArchiveEntry entry) throws IOException {
        long declared = entry.getSize();
        return BoundedInputStream.builder()
                .setInputStream(zip.getInputStream(entry))
                .setMaxCount(declared + 1)
                .setOnMaxCount((max, count) -> {
                    throw new IOException(file + ": entry " + entry.getName() + " holds more than the "
                            + declared + " bytes it declares");
                })
                .get();
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
