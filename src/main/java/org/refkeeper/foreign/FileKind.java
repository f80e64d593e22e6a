package org.refkeeper.foreign;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** What a file is, by its first bytes rather than its name: tools name gzipped WARCs {@code .warc} too. */
enum FileKind {
    WARC, ARC, WACZ, ZSTD, OTHER;

    static FileKind of(Path file) {
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file))) {
            raw.mark(4);
            int b0 = raw.read();
            int b1 = raw.read();
            raw.reset();
            if (b0 == 'P' && b1 == 'K') {
                return WACZ;
            }
            raw.mark(4);
            byte[] magic = raw.readNBytes(4);
            raw.reset();
            // a Zstandard frame (28 B5 2F FD), or the skippable frame in which .warc.zst files carry their dictionary
            if (magic.length == 4 && ((magic[0] == 0x28 && (magic[1] & 0xff) == 0xb5 && magic[2] == 0x2f
                    && (magic[3] & 0xff) == 0xfd) || ((magic[0] & 0xf0) == 0x50 && magic[1] == 0x2a
                    && magic[2] == 0x4d && magic[3] == 0x18))) {
                return ZSTD;
            }
            InputStream in = b0 == 0x1f && b1 == 0x8b ? new GZIPInputStream(raw) : raw;
            String start = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            if (start.startsWith("WARC/")) {
                return WARC;
            }
            return start.startsWith("filedesc://") ? ARC : OTHER;
        } catch (IOException e) {
            return OTHER;
        }
    }
}
