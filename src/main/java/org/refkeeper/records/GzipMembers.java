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

    /**
     * What unpacking a member gave.
     *
     * @param tooLarge it unpacked to more than the limit, and was not unpacked further
     */
    record FirstMember(long compressedLength, boolean complete, boolean tooLarge) {
    }

    /**
     * Unpacks the first member of {@code file} into {@code out}.
     *
     * @return how many bytes of the file the member takes, and whether it ended properly (a file cut short ends
     *         inside it; what came before is in {@code out}) or unpacked to more than {@code limit}
     */
    static FirstMember unpackFirst(Path file, OutputStream out, long limit) throws IOException {
        return unpack(file, 0, out, limit);
    }

    /** The same for the member that starts at {@code from}; no more than {@code limit} bytes are written. */
    static FirstMember unpack(Path file, long from, OutputStream out, long limit) throws IOException {
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
                        return new FirstMember(consumed, false, false);
                    }
                    inflater.setInput(input, 0, n);
                    consumed += n;
                }
                int produced = inflater.inflate(output);
                if (inflater.getBytesWritten() > limit) {
                    return new FirstMember(consumed, false, true);
                }
                out.write(output, 0, produced);
            }
            consumed -= inflater.getRemaining();
            return new FirstMember(consumed + 8, true, false);
        } catch (DataFormatException e) {
            return new FirstMember(Files.size(file) - from, false, false);
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
