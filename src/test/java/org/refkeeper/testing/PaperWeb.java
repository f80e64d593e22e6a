package org.refkeeper.testing;

import org.refkeeper.page.Capture;
import org.refkeeper.page.Exchange;
import org.refkeeper.page.Failure;
import org.refkeeper.page.Header;
import org.refkeeper.io.BadInputException;
import org.refkeeper.sources.CanonicalUrl;
import org.refkeeper.citations.Citation;
import org.refkeeper.sources.Reference;
import org.refkeeper.sources.SourceId;
import org.refkeeper.run.Capturer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A web of pages built in memory, for runs without a browser: articles that can be edited, pages that answer
 * with a status, pages whose capture throws. Every worker of a run may share one; it records which URLs were
 * captured, in order.
 */
public final class PaperWeb implements Capturer {
    /** What capturing one URL does. */
    @FunctionalInterface
    public interface Page {
        Capture capture(String url, Instant now) throws IOException;
    }

    private final Map<String, Page> pages = new ConcurrentHashMap<>();
    private final List<String> captured = java.util.Collections.synchronizedList(new ArrayList<>());
    private final Clock clock;
    private volatile Duration pause = Duration.ZERO;

    public PaperWeb(Clock clock) {
        this.clock = clock;
    }

    /** An article titled {@code title} whose main text is {@code text}. */
    public PaperWeb article(String url, String title, String text) {
        return page(url, (u, now) -> html(u, 200, title, text, now, List.of()));
    }

    /** A page that answers {@code status} (404, 503, 429) with a short text, and these extra headers. */
    public PaperWeb status(String url, int status, Header... headers) {
        return page(url, (u, now) -> html(u, status, "Error " + status, "Status " + status, now, List.of(headers)));
    }

    /** A page that cannot be reached at all: the connection is reset. */
    public PaperWeb unreachable(String url) {
        return page(url, (u, now) -> Capture.failed(u, now, new Failure(Failure.Kind.CONNECTION, "net::ERR_CONNECTION_RESET")));
    }

    public PaperWeb page(String url, Page page) {
        pages.put(url, page);
        return this;
    }

    /** How long each capture takes, to spread a run over time. */
    public PaperWeb pausing(Duration each) {
        this.pause = each;
        return this;
    }

    /** The URLs captured so far, in order. */
    public List<String> captured() {
        synchronized (captured) {
            return List.copyOf(captured);
        }
    }

    @Override
    public Capture capture(String url) throws IOException {
        captured.add(url);
        if (!pause.isZero()) {
            try {
                Thread.sleep(pause.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while capturing " + url, e);
            }
        }
        Page page = pages.get(url);
        if (page == null) {
            return Capture.failed(url, clock.instant(), new Failure(Failure.Kind.DNS, "net::ERR_NAME_NOT_RESOLVED"));
        }
        return page.capture(url, clock.instant());
    }

    @Override
    public void close() {
        // nothing held
    }

    /** A capture of an HTML page as the browser would hand it over. */
    public static Capture html(String url, int status, String title, String text, Instant now, List<Header> headers) {
        byte[] html = ("<!doctype html><html><head><title>" + title + "</title></head><body><article><h1>" + title
                + "</h1><p>" + text + "</p></article></body></html>").getBytes(StandardCharsets.UTF_8);
        List<Header> all = new ArrayList<>(List.of(new Header("content-type", "text/html; charset=utf-8")));
        all.addAll(headers);
        Exchange page = new Exchange("GET", url, List.of(new Header("accept", "text/html")), new byte[0], status, "",
                "http/1.1", all, html, now);
        return new Capture(url, url, List.of(url), status, now, List.of(page), new byte[0],
                new String(html, StandardCharsets.UTF_8), Optional.empty());
    }

    /** A source the notes cite once, at {@code note}:{@code line}, with its title. */
    public static Reference cited(String url, String title, String note, int line) {
        try {
            return new Reference(url, SourceId.of(CanonicalUrl.of(url)), List.of(new Citation(note, line, title, "", url)));
        } catch (BadInputException e) {
            throw new IllegalArgumentException(url, e);
        }
    }
}
