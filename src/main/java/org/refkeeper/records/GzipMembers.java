package org.refkeeper.records;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The first gzip member of a file. WARC files are gzipped record by record, which lets readers seek; some tools
 * gzip the whole file at once instead, and such a file has to be unpacked before its records can be told apart.
 */
final class GzipMembers {
    private GzipMembers() {
    }

    /** What unpacking the first member gave. */
    record FirstMember(long compressedLength, boolean complete) {
    }

    /**
     * Unpacks the first member of {@code file} into {@code out}.
     *
     * @return how many bytes of the file the member takes, and whether it ended properly (a file cut short ends
     *         inside it; what came before is in {@code out})
     */
    static FirstMember unpackFirst(Path file, OutputStream out) throws IOException {
        return unpack(file, 0, out);
    }

    /** The same for the member that starts at {@code from}. */
    static FirstMember unpack(Path file, long from, OutputStream out) throws IOException {
        Inflater inflater = new Inflater(true);
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(from);
            long consumed = header(in);
            byte[] input = new byte[65536];
            byte[] output = new byte[65536];
            int n = 0;
            while (!inflater.finished()) {
                if (inflater.needsInput()) {
                    n = in.read(input);
                    if (n < 0) {
                        return new FirstMember(consumed, false);
                    }
                    inflater.setInput(input, 0, n);
                    consumed += n;
                }
                int produced = inflater.inflate(output);
                out.write(output, 0, produced);
            }
            consumed -= inflater.getRemaining();
            return new FirstMember(consumed + 8, true);
        } catch (DataFormatException e) {
            return new FirstMember(Files.size(file) - from, false);
        } finally {
            inflater.end();
        }
    }

    /** Skips a gzip member header; returns its length. */
    private static long header(InputStream in) throws IOException {
        byte[] fixed = in.readNBytes(10);
        if (fixed.length < 10 || (fixed[0] & 0xff) != 0x1f || (fixed[1] & 0xff) != 0x8b) {
            throw new EOFException("no gzip header");
        }
        int flags = fixed[3];
        long length = 10;
        if ((flags & 4) != 0) {
            byte[] size = in.readNBytes(2);
            int extra = (size[0] & 0xff) | (size[1] & 0xff) << 8;
            length += 2 + in.skip(extra);
        }
        for (int flag : new int[]{8, 16}) {
            if ((flags & flag) != 0) {
                for (int b = in.read(); b > 0; b = in.read()) {
                    length++;
                }
                length++;
            }
        }
        if ((flags & 2) != 0) {
            length += in.skip(2);
        }
        return length;
    }
}
