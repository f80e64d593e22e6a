package org.refkeeper.records;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;

/**
 * A temporary file that holds the blocks of the records an import reads, so that no block, however large, is
 * kept in memory: each is read back from here when it is parsed, decoded or copied into a bundle.
 */
public final class Spool implements Closeable {
    private final Path file;
    private final FileChannel channel;
    private long end;

    /** Where one block lies in the spool. */
    public record Span(long offset, long length) {
    }

    private Spool(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    public static Spool create() throws IOException {
        Path file = Files.createTempFile("refkeeper-import-", ".blocks");
        return new Spool(file, FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE,
                StandardOpenOption.DELETE_ON_CLOSE));
    }

    /**
     * Appends what {@code in} gives, updating {@code digest} with every byte. A read that fails half-way (a file
     * that ends inside a compressed record) keeps what came before it: the span says how much that was.
     *
     * @return the span written, and how the input ended
     */
    public Appended append(InputStream in, MessageDigest digest) throws IOException {
        return append(in, digest, Long.MAX_VALUE);
    }

    /**
     * The same, reading at most {@code limit} bytes: past that, nothing of the input is kept and the failure is
     * {@link TooLarge} (a decompression bomb must not fill the disk).
     */
    public Appended append(InputStream in, MessageDigest digest, long limit) throws IOException {
        long start = end;
        byte[] buffer = new byte[65536];
        IOException failure = null;
        while (true) {
            int n;
            try {
                n = in.read(buffer);
            } catch (IOException e) {
                failure = e;
                break;
            }
            if (n < 0) {
                break;
            }
            if (end - start + n > limit) {
                end = start;
                channel.truncate(end);
                return new Appended(new Span(start, 0), new TooLarge(limit));
            }
            digest.update(buffer, 0, n);
            ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, n);
            while (chunk.hasRemaining()) {
                end += channel.write(chunk, end);
            }
        }
        return new Appended(new Span(start, end - start), failure);
    }

    /** A block appended, and the error its input ended with, if it did not end cleanly. */
    public record Appended(Span span, IOException failure) {
    }

    /** An input that gave more than it was allowed to. */
    public static final class TooLarge extends IOException {
        private final long limit;

        TooLarge(long limit) {
            super("more than " + limit + " bytes");
            this.limit = limit;
        }

        public long limit() {
            return limit;
        }
    }

    /**
     * The bytes of one span, read from the file at their place (any number of readers at once). Seekable, so
     * that jwarc knows how long an HTTP body without Content-Length is.
     */
    public SeekableByteChannel channel(Span span) {
        return new SeekableByteChannel() {
            private long position;
            private boolean open = true;

            @Override
            public int read(ByteBuffer dst) throws IOException {
                long left = span.length() - position;
                if (left <= 0) {
                    return -1;
                }
                ByteBuffer view = dst.slice();
                if (view.remaining() > left) {
                    view.limit((int) left);
                }
                int n = channel.read(view, span.offset() + position);
                if (n < 0) {
                    throw new IOException(file + ": the import's spool file ends early");
                }
                position += n;
                dst.position(dst.position() + n);
                return n;
            }

            @Override
            public int write(ByteBuffer src) {
                throw new UnsupportedOperationException("a spooled block is read only");
            }

            @Override
            public long position() {
                return position;
            }

            @Override
            public SeekableByteChannel position(long newPosition) {
                position = newPosition;
                return this;
            }

            @Override
            public long size() {
                return span.length();
            }

            @Override
            public SeekableByteChannel truncate(long size) {
                throw new UnsupportedOperationException("a spooled block is read only");
            }

            @Override
            public boolean isOpen() {
                return open;
            }

            @Override
            public void close() {
                open = false;
            }
        };
    }

    public InputStream open(Span span) {
        return Channels.newInputStream(channel(span));
    }

    /** The first {@code count} bytes of a span (for the HTTP header that a block starts with). */
    public byte[] head(Span span, int count) throws IOException {
        try (InputStream in = open(span)) {
            return in.readNBytes((int) Math.min(count, span.length()));
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
        Files.deleteIfExists(file);
    }
}
