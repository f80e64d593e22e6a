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
 * @param times    how many times the body is sent, one after the other ({@link Long#MAX_VALUE}: until the reader
 *                 or the site gives up); the answer declares its whole length unless it is endless
 * @param pause    how long to wait between two sendings of the body: a slow trickle
 * @param chunked  whether the answer leaves out its length (chunked): the reader learns it only at the end
 */
public record SiteResponse(int status, List<Map.Entry<String, String>> headers, byte[] body,
                           Duration delay, Delivery delivery, long times, Duration pause, boolean chunked) {
    public enum Delivery {
        /** answer normally */
        SEND,
        /** keep the connection open and never answer, until the site closes */
        HANG,
        /** close the connection without a byte of answer */
        DROP,
        /** send the headers and the first half of the body, then nothing more until the site closes */
        STALL,
        /** reset the connection (TCP RST) without a byte of answer; LocalSite's HTTP server can only close it */
        RESET
    }

    public SiteResponse {
        headers = List.copyOf(headers);
        if (times < 1) {
            throw new IllegalArgumentException("a body is sent at least once, not " + times + " times");
        }
    }

    public SiteResponse(int status, List<Map.Entry<String, String>> headers, byte[] body, Duration delay,
                        Delivery delivery) {
        this(status, headers, body, delay, delivery, 1, Duration.ZERO, false);
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

    /** The connection is reset before any answer. */
    public static SiteResponse reset() {
        return new SiteResponse(0, List.of(), new byte[0], Duration.ZERO, Delivery.RESET);
    }

    /** This answer, stopping halfway through its body: a server that hangs mid-download. */
    public SiteResponse stalled() {
        return new SiteResponse(status, headers, body, delay, Delivery.STALL, times, pause, chunked);
    }

    /** This answer with its body sent {@code n} times over, e.g. a huge image made of one small chunk. */
    public SiteResponse repeated(long n) {
        return new SiteResponse(status, headers, body, delay, delivery, n, pause, chunked);
    }

    /** This answer's body sent again and again until the reader or the site gives up: an endless page. */
    public SiteResponse endless() {
        return repeated(Long.MAX_VALUE);
    }

    /** This answer with a pause between two sendings of its body: a server that trickles. */
    public SiteResponse trickling(Duration between) {
        return new SiteResponse(status, headers, body, delay, delivery, times, between, chunked);
    }

    /** This answer without a Content-Length: the reader learns the length only at the end. */
    public SiteResponse withoutLength() {
        return new SiteResponse(status, headers, body, delay, delivery, times, pause, true);
    }

    public boolean isEndless() {
        return times == Long.MAX_VALUE;
    }

    /** The length of the whole answer: the body times the repetitions; -1 when it is endless. */
    public long length() {
        return isEndless() ? -1 : body.length * times;
    }

    /** Whether the answer says its length up front. */
    public boolean declaresLength() {
        return !isEndless() && !chunked;
    }

    public SiteResponse withStatus(int newStatus) {
        return new SiteResponse(newStatus, headers, body, delay, delivery, times, pause, chunked);
    }

    public SiteResponse withHeader(String name, String value) {
        List<Map.Entry<String, String>> more = new ArrayList<>(headers);
        more.add(Map.entry(name, value));
        return new SiteResponse(status, more, body, delay, delivery, times, pause, chunked);
    }

    public SiteResponse delayed(Duration newDelay) {
        return new SiteResponse(status, headers, body, newDelay, delivery, times, pause, chunked);
    }

    /** The same body sent with {@code Content-Encoding: gzip}. */
    public SiteResponse gzipped() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SiteResponse(status, headers, out.toByteArray(), delay, delivery, times, pause, chunked)
                .withHeader("Content-Encoding", "gzip");
    }
}
