package org.refkeeper.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * What the local site answers, and how: sent (possibly late), never, or by dropping the connection.
 *
 * @param headers  response headers in order; a name may repeat
 * @param delay    how long to wait before answering
 * @param delivery whether to answer at all
 */
public record SiteResponse(int status, List<Map.Entry<String, String>> headers, byte[] body,
                           Duration delay, Delivery delivery) {
    public enum Delivery {
        /** answer normally */
        SEND,
        /** keep the connection open and never answer, until the site closes */
        HANG,
        /** close the connection without a byte of answer */
        DROP,
        /** send the headers and the first half of the body, then nothing more until the site closes */
        STALL
    }

    public SiteResponse {
        headers = List.copyOf(headers);
    }

    public static SiteResponse of(int status, String contentType, byte[] body) {
        return new SiteResponse(status, List.of(Map.entry("Content-Type", contentType)), body, Duration.ZERO,
                Delivery.SEND);
    }

    public static SiteResponse html(String html) {
        return of(200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    public static SiteResponse text(String text) {
        return of(200, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
    }

    /** A plain-text page with this status, e.g. 404 or 503. */
    public static SiteResponse status(int status, String text) {
        return text(text).withStatus(status);
    }

    public static SiteResponse redirect(int status, String location) {
        return status(status, "moved to " + location).withHeader("Location", location);
    }

    public static SiteResponse hang() {
        return new SiteResponse(0, List.of(), new byte[0], Duration.ZERO, Delivery.HANG);
    }

    /** The connection closes before any answer: the browser reports an empty response or a reset. */
    public static SiteResponse drop() {
        return new SiteResponse(0, List.of(), new byte[0], Duration.ZERO, Delivery.DROP);
    }

    /** This answer, stopping halfway through its body: a server that hangs mid-download. */
    public SiteResponse stalled() {
        return new SiteResponse(status, headers, body, delay, Delivery.STALL);
    }

    public SiteResponse withStatus(int newStatus) {
        return new SiteResponse(newStatus, headers, body, delay, delivery);
    }

    public SiteResponse withHeader(String name, String value) {
        List<Map.Entry<String, String>> more = new ArrayList<>(headers);
        more.add(Map.entry(name, value));
        return new SiteResponse(status, more, body, delay, delivery);
    }

    public SiteResponse delayed(Duration newDelay) {
        return new SiteResponse(status, headers, body, newDelay, delivery);
    }

    /** The same body sent with {@code Content-Encoding: gzip}. */
    public SiteResponse gzipped() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SiteResponse(status, headers, out.toByteArray(), delay, delivery)
                .withHeader("Content-Encoding", "gzip");
    }
}
