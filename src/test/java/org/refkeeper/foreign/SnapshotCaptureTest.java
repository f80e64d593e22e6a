package org.refkeeper.foreign;

import org.junit.jupiter.api.Test;
import org.refkeeper.capture.Capture;
import org.refkeeper.capture.Exchange;
import org.refkeeper.capture.Header;
import org.refkeeper.warc.Snapshot;
import org.refkeeper.warc.StoredResource;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SnapshotCaptureTest {
    private static final Instant T = Instant.parse("2019-06-03T05:31:35Z");
    private static final String OLD = "https://example.org/old";
    private static final String NEW = "https://example.org/posts/new";
    private static final String IMAGE = "https://example.org/logo.png";

    @Test
    void aRedirectedPageComesFirstWithItsRedirectsAndIsDatedWhenTheFileSays() {
        byte[] html = "<html><head><title>旧文</title></head><body><p>一篇用 GBK 编码的文章</p></body></html>"
                .getBytes(Charset.forName("GBK"));
        StoredResource image = resource(IMAGE, 200, "image/png", new byte[]{1, 2, 3}, T.plusSeconds(1));
        StoredResource page = resource(NEW, 200, "text/html; charset=GBK", html, T.plusSeconds(2));
        // A relative Location resolves against the URL that answered with it.
        StoredResource redirect = new StoredResource(OLD, 301, "text/html",
                List.of(new Header("Location", "/posts/new")), new byte[0], T);
        Snapshot snapshot = new Snapshot(OLD, T, Optional.empty(), List.of(image, page, redirect), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());

        Capture capture = SnapshotCapture.of(snapshot).orElseThrow();

        assertEquals(List.of(OLD, NEW, IMAGE), capture.exchanges().stream().map(Exchange::url).toList());
        assertEquals(OLD, capture.url());
        assertEquals(NEW, capture.finalUrl());
        assertEquals(List.of(OLD, NEW), capture.redirects());
        assertEquals(200, capture.status());
        assertEquals(T, capture.started());
        assertEquals(0, capture.screenshot().length);
        assertTrue(capture.dom().contains("一篇用 GBK 编码的文章"), capture.dom());
        Exchange stored = capture.exchanges().get(1);
        assertArrayEquals(html, stored.body());
        assertEquals(T.plusSeconds(2), stored.date());
        assertEquals(Optional.of("text/html; charset=GBK"), stored.responseHeader("Content-Type"));
        assertEquals(301, capture.exchanges().get(0).status());
        assertTrue(capture.failure().isEmpty());
    }

    @Test
    void theLengthOfTheStoredBodyIsLeftToTheBundleWriter() {
        StoredResource page = new StoredResource(NEW, 200, "text/html", List.of(new Header("Content-Type", "text/html"),
                new Header("X-Archive-Orig-Content-Encoding", "gzip"), new Header("Content-Length", "999")),
                "<p>text</p>".getBytes(StandardCharsets.UTF_8), T);
        Snapshot snapshot = new Snapshot(NEW, T, Optional.empty(), List.of(page), Optional.empty(),
                Optional.of("<html><body><p>rendered</p></body></html>"), Optional.empty(), Optional.empty());

        Capture capture = SnapshotCapture.of(snapshot).orElseThrow();

        Exchange exchange = capture.exchanges().get(0);
        assertEquals(Optional.empty(), exchange.responseHeader("Content-Length"));
        assertEquals(Optional.of("gzip"), exchange.responseHeader("X-Archive-Orig-Content-Encoding"));
        assertEquals("<html><body><p>rendered</p></body></html>", capture.dom(), "a DOM the file recorded wins");
    }

    @Test
    void aPageTheFileHoldsNoResponseForGivesNoCapture() {
        StoredResource image = resource(IMAGE, 200, "image/png", new byte[]{1}, T);
        Snapshot snapshot = new Snapshot(NEW, T, Optional.empty(), List.of(image), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());

        assertEquals(Optional.empty(), SnapshotCapture.of(snapshot));
    }

    private static StoredResource resource(String url, int status, String type, byte[] body, Instant date) {
        return new StoredResource(url, status, type, List.of(new Header("Content-Type", type)), body, date);
    }
}
