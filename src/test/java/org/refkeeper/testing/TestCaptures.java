package org.refkeeper.testing;

import org.refkeeper.page.Capture;
import org.refkeeper.page.Exchange;
import org.refkeeper.page.Header;
import org.refkeeper.index.PayloadLookup;
import org.refkeeper.warc.Bundle;
import org.refkeeper.warc.BundleWriter;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

/** Captures as the browser would hand them over, built in memory: no browser, no network. */
public final class TestCaptures {
    public static final Instant T0 = Instant.parse("2026-11-29T12:00:00Z");

    /** A page with a logo: {@link #post} captures it. */
    public static final String POST = "https://example.com/post";
    public static final String LOGO = "https://example.com/logo.png";
    public static final byte[] LOGO_PNG = png(Color.GREEN);

    private TestCaptures() {
    }

    /** Writes {@code capture} as a bundle at {@code relativePath} under {@code root}, with an empty verdict. */
    public static Bundle bundle(Path root, String relativePath, Capture capture, String mainText, PayloadLookup earlier)
            throws IOException {
        try (BundleWriter writer = BundleWriter.create(root, relativePath, earlier)) {
            writer.write(capture, mainText, "{}");
            return writer.finish();
        }
    }

    /** The post as captured at {@code at}, showing {@code text}, with its logo loaded a second later. */
    public static Capture post(Instant at, String text) {
        return capture(POST, at, List.of(
                get(POST, 200, "text/html", html("Post", text), at),
                get(LOGO, 200, "image/png", LOGO_PNG, at.plusSeconds(1))));
    }

    public static Exchange get(String url, int status, String type, byte[] body, Instant date, Header... extra) {
        List<Header> headers = new ArrayList<>();
        headers.add(new Header("content-type", type));
        headers.addAll(List.of(extra));
        return new Exchange("GET", url, List.of(new Header("accept", "*/*"), new Header(":authority", "example.com")),
                new byte[0], status, "", "h2", headers, body, date);
    }

    public static Exchange redirect(String from, String to, Instant date) {
        return new Exchange("GET", from, List.of(), new byte[0], 302, "Found", "http/1.1",
                List.of(new Header("Location", to), new Header("Content-Length", "0")), new byte[0], date);
    }

    public static Capture capture(String url, Instant started, List<Exchange> exchanges) {
        String finalUrl = exchanges.stream().filter(e -> e.status() / 100 != 3).findFirst().map(Exchange::url).orElse(url);
        String dom = "<html><head><title>Dom title</title></head><body><p>Rendered text</p></body></html>";
        return new Capture(url, finalUrl, List.of(url, finalUrl), 200, started, exchanges, png(Color.BLUE), dom,
                Optional.empty());
    }

    public static byte[] html(String title, String text) {
        return ("<!doctype html><html><head><title>" + title + "</title></head><body><p>" + text
                + "</p><img src=\"/logo.png\"></body></html>").getBytes(StandardCharsets.UTF_8);
    }

    /** A real PNG: small, but any viewer opens it. */
    public static byte[] png(Color color) {
        return Pngs.solid(4, 4, color);
    }

    public static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A real-world WARC or WACZ file of the test fixtures. */
    public static Path realWorld(String name) {
        return FixtureFiles.file("realworld/warc/" + name);
    }
}
