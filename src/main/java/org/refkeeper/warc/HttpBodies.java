package org.refkeeper.warc;

import org.brotli.dec.BrotliInputStream;
import org.netpreserve.jwarc.HttpMessage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/** HTTP bodies as they were meant to be read: chunking and Content-Encoding (gzip, deflate, br) undone. */
final class HttpBodies {
    /** No single body in an archive we read may grow past this once decoded (a zip bomb stops here). */
    static final int MAX_BODY = 512 << 20;

    private HttpBodies() {
    }

    /**
     * The decoded body. jwarc's {@code body()} has already undone chunking; Content-Encodings are undone here,
     * last applied first. A body that does not decode as labelled (servers lie) is returned as stored.
     */
    static byte[] decoded(HttpMessage http, String url) throws IOException {
        byte[] stored = read(http.body().stream(), url);
        List<String> codings = new ArrayList<>();
        for (String value : http.headers().all("Content-Encoding")) {
            for (String coding : value.split(",")) {
                String c = coding.trim().toLowerCase(Locale.ROOT);
                if (!c.isEmpty() && !c.equals("identity") && !c.equals("none")) {
                    codings.add(c);
                }
            }
        }
        byte[] body = stored;
        try {
            for (int i = codings.size() - 1; i >= 0; i--) {
                body = read(decoder(codings.get(i), new ByteArrayInputStream(body)), url);
            }
            return body;
        } catch (IOException | RuntimeException e) {
            // Brotli reports corrupt input as a RuntimeException.
            return stored;
        }
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
        in.mark(2);
        int first = in.read();
        int second = in.read();
        in.reset();
        boolean zlib = first >= 0 && second >= 0 && (first & 0x0f) == 8 && ((first << 8) | second) % 31 == 0;
        return new InflaterInputStream(in, new Inflater(!zlib));
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
