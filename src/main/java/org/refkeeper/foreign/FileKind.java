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
    WARC, ARC, WACZ, OTHER;

    static FileKind of(Path file) {
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file))) {
            raw.mark(4);
            int b0 = raw.read();
            int b1 = raw.read();
            raw.reset();
            if (b0 == 'P' && b1 == 'K') {
                return WACZ;
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
