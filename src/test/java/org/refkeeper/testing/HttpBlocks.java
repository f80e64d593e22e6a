package org.refkeeper.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** HTTP messages as records hold them, written byte by byte. */
public final class HttpBlocks {
    private HttpBlocks() {
    }

    /** {@code statusLine}, the header lines in that order, a blank line, the body; lines end in CRLF. */
    public static byte[] message(String statusLine, List<String> headers, byte[] body) {
        StringBuilder head = new StringBuilder(statusLine).append("\r\n");
        headers.forEach(h -> head.append(h).append("\r\n"));
        head.append("\r\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(body);
        return out.toByteArray();
    }

    /** A 200 response with Content-Type and Content-Length. */
    public static byte[] ok(String contentType, byte[] body) {
        return message("HTTP/1.1 200 OK", List.of("Content-Type: " + contentType,
                "Content-Length: " + body.length), body);
    }

    public static byte[] html(String title, String body) {
        return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body>"
                + body + "</body></html>").getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] get(String path, String host, List<String> headers) {
        List<String> all = new java.util.ArrayList<>(List.of("Host: " + host));
        all.addAll(headers);
        return message("GET " + path + " HTTP/1.1", all, new byte[0]);
    }

    /** The body in chunks of at most {@code size} bytes, as Transfer-Encoding: chunked sends it. */
    public static byte[] chunked(byte[] body, int size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < body.length; i += size) {
            int n = Math.min(size, body.length - i);
            out.writeBytes((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body, i, n);
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    /** The head of an HTTP message, with the blank line that ends it: what a revisit record holds. */
    public static byte[] head(byte[] message) {
        return Arrays.copyOf(message, message.length - body(message).orElse(new byte[0]).length);
    }

    /** What follows the head of an HTTP message, as stored. */
    public static Optional<byte[]> body(byte[] message) {
        for (int i = 0; i + 3 < message.length; i++) {
            if (message[i] == '\r' && message[i + 1] == '\n' && message[i + 2] == '\r' && message[i + 3] == '\n') {
                return Optional.of(Arrays.copyOfRange(message, i + 4, message.length));
            }
        }
        return Optional.empty();
    }
}
