package org.refkeeper.warc;

import org.brotli.dec.BrotliInputStream;
import org.netpreserve.jwarc.HttpMessage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * HTTP bodies as they were meant to be read: chunking and Content-Encoding (gzip, deflate, br) undone, as a
 * stream, so that a body that decodes to far more than it stores (a zip bomb) stops at a cap instead of filling
 * the memory.
 */
public final class HttpBodies {
    /** No single stored body in an archive we read may be larger than this. */
    static final int MAX_BODY = 512 << 20;
    /** A body in the archive's own bundles stops decoding here. */
    public static final int MAX_DECODED = 64 << 20;

    private HttpBodies() {
    }

    /** Opens a stored body from its start, as many times as asked. */
    @FunctionalInterface
    public interface Source {
        InputStream open() throws IOException;
    }

    /**
     * The body decoded, read as a stream and never past {@code cap} bytes. A body that does not decode as labelled
     * (servers lie) is given as stored.
     *
     * @param codings the Content-Encodings in the order the server applied them ({@link #codings})
     * @return empty when the body, decoded, is larger than {@code cap}
     */
    public static Optional<byte[]> decoded(Source stored, List<String> codings, int cap) throws IOException {
        if (!codings.isEmpty()) {
            try {
                return capped(() -> decoding(stored.open(), codings), cap);
            } catch (IOException | RuntimeException notAsLabelled) {
                // Brotli reports corrupt input as a RuntimeException; fall through to the stored bytes
            }
        }
        return capped(stored, cap);
    }

    /** The codings that Content-Encoding header values name, in the order applied; identity left out. */
    public static List<String> codings(List<String> contentEncodings) {
        List<String> codings = new ArrayList<>();
        for (String value : contentEncodings) {
            for (String coding : value.split(",")) {
                String c = coding.trim().toLowerCase(Locale.ROOT);
                if (!c.isEmpty() && !c.equals("identity") && !c.equals("none")) {
                    codings.add(c);
                }
            }
        }
        return codings;
    }

    /**
     * The decoded body of a message in the archive's own bundles. jwarc's {@code body()} has already undone
     * chunking. A body that decodes past {@value #MAX_DECODED} bytes is not kept (empty).
     */
    static byte[] decoded(HttpMessage http, String url) throws IOException {
        byte[] stored = read(http.body().stream(), url);
        return decoded(() -> new ByteArrayInputStream(stored), codings(http.headers().all("Content-Encoding")),
                MAX_DECODED).orElse(new byte[0]);
    }

    private static InputStream decoding(InputStream in, List<String> codings) throws IOException {
        InputStream decoded = in;
        for (int i = codings.size() - 1; i >= 0; i--) {
            decoded = decoder(codings.get(i), decoded);
        }
        return decoded;
    }

    /**
     * Counts first, then reads into an array of the exact size: a body past the cap takes no memory at all, one
     * within it no more than its own length.
     */
    private static Optional<byte[]> capped(Source source, int cap) throws IOException {
        long length;
        try (InputStream in = source.open()) {
            length = count(in, cap + 1L);
        }
        if (length > cap) {
            return Optional.empty();
        }
        try (InputStream in = source.open()) {
            byte[] bytes = in.readNBytes((int) length);
            if (bytes.length != length) {
                throw new IOException("the body read differently the second time");
            }
            return Optional.of(bytes);
        }
    }

    private static long count(InputStream in, long limit) throws IOException {
        byte[] buffer = new byte[65536];
        long total = 0;
        for (int n; total < limit && (n = in.read(buffer, 0, (int) Math.min(buffer.length, limit - total))) > 0; ) {
            total += n;
        }
        return total;
    }

    private static InputStream decoder(String coding, InputStream in) throws IOException {
        switch (coding) {
            case "gzip":
            case "x-gzip":
                return new GZIPInputStream(in);
            case "deflate":
                return inflater(in);
            case "br":
                return new BrotliInputStream(in);
            default:
                throw new IOException("unsupported Content-Encoding " + coding);
        }
    }

    /** HTTP's deflate is zlib-wrapped, but some servers send raw deflate: the first two bytes tell which. */
    private static InputStream inflater(InputStream in) throws IOException {
        InputStream marked = in.markSupported() ? in : new java.io.BufferedInputStream(in);
        marked.mark(2);
        int first = marked.read();
        int second = marked.read();
        marked.reset();
        boolean zlib = first >= 0 && second >= 0 && (first & 0x0f) == 8 && ((first << 8) | second) % 31 == 0;
        return new InflaterInputStream(marked, new Inflater(!zlib));
    }

    static byte[] read(InputStream in, String url) throws IOException {
        try (in) {
            byte[] bytes = in.readNBytes(MAX_BODY + 1);
            if (bytes.length > MAX_BODY) {
                throw new IOException("body of " + url + " is larger than " + (MAX_BODY >> 20) + " MiB");
            }
            return bytes;
        }
    }
}
