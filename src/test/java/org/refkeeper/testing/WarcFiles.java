package org.refkeeper.testing;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.GZIPOutputStream;

/** WARC, WACZ and compressed bytes written the ways other tools write them. */
public final class WarcFiles {
    private WarcFiles() {
    }

    /** Records one after another, uncompressed. */
    public static Path plain(Path file, List<RawRecord> records) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            for (RawRecord r : records) {
                out.write(r.bytes());
            }
        }
        return file;
    }

    /** Each record its own gzip member, as the WARC standard recommends (and replay tools need). */
    public static Path gzipPerRecord(Path file, List<RawRecord> records) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            for (RawRecord r : records) {
                out.write(gzip(r.bytes()));
            }
        }
        return file;
    }

    /** The whole file as one gzip member, as {@code gzip file.warc} makes it. */
    public static Path gzipWhole(Path file, List<RawRecord> records) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        records.forEach(r -> all.writeBytes(r.bytes()));
        Files.write(file, gzip(all.toByteArray()));
        return file;
    }

    /** A zip with these entries in this order: WARCs stored as they are, the rest deflated. */
    public static Path zip(Path file, Map<String, byte[]> entries) throws IOException {
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(file)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                ZipArchiveEntry entry = new ZipArchiveEntry(e.getKey());
                entry.setSize(e.getValue().length);
                if (e.getKey().endsWith(".warc.gz")) {
                    CRC32 crc = new CRC32();
                    crc.update(e.getValue());
                    entry.setMethod(ZipArchiveEntry.STORED);
                    entry.setCrc(crc.getValue());
                }
                zip.putArchiveEntry(entry);
                zip.write(e.getValue());
                zip.closeArchiveEntry();
            }
        }
        return file;
    }

    public static byte[] gzipPerRecord(List<RawRecord> records) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        records.forEach(r -> out.writeBytes(gzip(r.bytes())));
        return out.toByteArray();
    }

    public static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** {@code size} zero bytes gzipped: a few hundred KB that a careless reader inflates into {@code size}. */
    public static byte[] gzipBomb(long size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16)) {
            byte[] zeros = new byte[1 << 20];
            for (long written = 0; written < size; written += zeros.length) {
                gz.write(zeros, 0, (int) Math.min(zeros.length, size - written));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Brotli without compression: one uncompressed meta-block for every 64 KiB, then the last, empty one
     * (RFC 7932, 9.2). Java has no Brotli encoder; servers' Brotli decodes the same way.
     */
    public static byte[] brotli(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean first = true;
        for (int i = 0; i < data.length; i += 65536) {
            int n = Math.min(65536, data.length - i);
            // bits, first to last: [WBITS=16: 0] ISLAST=0, MNIBBLES=4 (00), MLEN-1 in 16 bits, ISUNCOMPRESSED=1
            long bits = 0;
            int count = 0;
            if (first) {
                count = 1;
                first = false;
            }
            bits |= 0L << count++;
            count += 2;
            bits |= ((long) (n - 1)) << count;
            count += 16;
            bits |= 1L << count++;
            for (int b = 0; b < (count + 7) / 8; b++) {
                out.write((int) (bits >>> (8 * b)) & 0xff);
            }
            out.write(data, i, n);
        }
        // ISLAST=1, ISLASTEMPTY=1 (after a WBITS bit when nothing came before)
        out.write(first ? 0b110 : 0b11);
        return out.toByteArray();
    }
}
