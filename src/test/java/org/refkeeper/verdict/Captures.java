package org.refkeeper.verdict;

import org.refkeeper.page.Capture;
import org.refkeeper.page.Exchange;
import org.refkeeper.page.Failure;
import org.refkeeper.page.Header;
import org.refkeeper.testing.FixtureFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Captures built by hand, as the browser would have handed them over. */
final class Captures {
    static final Instant WHEN = Instant.parse("2026-11-29T12:00:00Z");

    private Captures() {
    }

    /** A page that loaded at {@code url} with this status and rendered DOM, and these other responses. */
    static Capture page(String url, int status, String dom, Exchange... resources) {
        return redirected(List.of(url), status, dom, resources);
    }

    /** A page whose main document went through {@code chain} (first the URL opened, last where it ended). */
    static Capture redirected(List<String> chain, int status, String dom, Exchange... resources) {
        String finalUrl = chain.get(chain.size() - 1);
        List<Exchange> exchanges = new ArrayList<>();
        exchanges.add(response(finalUrl, status, "text/html; charset=utf-8", dom.getBytes(StandardCharsets.UTF_8)));
        exchanges.addAll(List.of(resources));
        return new Capture(chain.get(0), finalUrl, chain, status, WHEN, exchanges, new byte[0], dom, Optional.empty());
    }

    /** A file (a PDF) the browser caught instead of showing: nothing rendered, the exchange is everything. */
    static Capture file(String url, int status, String type, byte[] body, Header... headers) {
        List<Header> all = new ArrayList<>(List.of(new Header("Content-Type", type)));
        all.addAll(List.of(headers));
        Exchange file = new Exchange("GET", url, List.of(), new byte[0], status, "", "", all, body, WHEN);
        return new Capture(url, url, List.of(url), status, WHEN, List.of(file), new byte[0], "", Optional.empty());
    }

    static Capture failed(String url, Failure.Kind kind, String message) {
        return Capture.failed(url, WHEN, new Failure(kind, message));
    }

    static Exchange image(String url, byte[] body) {
        return response(url, 200, "image/png", body);
    }

    static Exchange response(String url, int status, String type, byte[] body) {
        return new Exchange("GET", url, List.of(), new byte[0], status, "", "HTTP/1.1",
                List.of(new Header("Content-Type", type)), body, WHEN);
    }

    /** The text of a file of the real-world test fixtures, e.g. {@code wechat/article-....html}. */
    static String realWorld(String relative) {
        return fixture("realworld/" + relative);
    }

    /** The text of a page written from a site's template, e.g. {@code zhihu/question.html} (fixtures/templates). */
    static String template(String relative) {
        return fixture("templates/" + relative);
    }

    private static String fixture(String relative) {
        try {
            return Files.readString(FixtureFiles.file(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
