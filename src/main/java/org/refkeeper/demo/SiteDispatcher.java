package org.refkeeper.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Sends each request to the handler registered for its Host header and path; 404 for anything else. */
final class SiteDispatcher implements HttpHandler {
    private final Map<String, SiteHandler> routes = new ConcurrentHashMap<>();
    private final Set<String> hosts = ConcurrentHashMap.newKeySet();
    /** Released on close, so that hanging and delayed answers end with the site. */
    private final CountDownLatch closing = new CountDownLatch(1);

    void add(String host, String path, SiteHandler handler) {
        String h = host.toLowerCase(Locale.ROOT);
        hosts.add(h);
        routes.put(h + path, handler);
    }

    Set<String> hosts() {
        return Set.copyOf(hosts);
    }

    void close() {
        closing.countDown();
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            SiteRequest request = request(exchange);
            SiteHandler handler = routes.get(request.host() + request.path());
            SiteResponse response = handler == null
                    ? SiteResponse.status(404, "no route for " + request.host() + request.path())
                    : answer(handler, request);
            deliver(exchange, request, response);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static SiteResponse answer(SiteHandler handler, SiteRequest request) {
        try {
            return handler.answer(request);
        } catch (IOException | RuntimeException e) {
            return SiteResponse.status(500, "handler failed: " + e);
        }
    }

    private void deliver(HttpExchange exchange, SiteRequest request, SiteResponse response)
            throws IOException, InterruptedException {
        if (closing.await(response.delay().toMillis(), TimeUnit.MILLISECONDS)) {
            return;
        }
        switch (response.delivery()) {
            case HANG -> closing.await();
            // Closing an exchange before its headers are sent closes the connection itself; this server has no
            // way to reset it.
            case DROP, RESET -> { }
            case SEND -> send(exchange, request, response, response.length());
            case STALL -> {
                send(exchange, request, response, response.length() / 2);
                closing.await();
            }
        }
    }

    /**
     * Sends the headers, which promise the whole body (or none, when it is endless: chunked), and the first
     * {@code upTo} bytes of it (all of it when -1), pausing between repetitions of the body.
     */
    private void send(HttpExchange exchange, SiteRequest request, SiteResponse response, long upTo)
            throws IOException, InterruptedException {
        response.headers().forEach(h -> exchange.getResponseHeaders().add(h.getKey(), h.getValue()));
        byte[] body = response.body();
        boolean bodiless = body.length == 0 || request.method().equals("HEAD")
                || response.status() == 204 || response.status() == 304;
        long length = response.length();
        exchange.sendResponseHeaders(response.status(), bodiless ? -1 : response.declaresLength() ? length : 0);
        if (bodiless) {
            return;
        }
        OutputStream out = exchange.getResponseBody();
        long left = upTo < 0 ? Long.MAX_VALUE : upTo;
        for (long n = 0; n < response.times() && left > 0; n++) {
            if (n > 0 && closing.await(response.pause().toMillis(), TimeUnit.MILLISECONDS)) {
                return;
            }
            int part = (int) Math.min(body.length, left);
            // a reader that went away ends an endless answer
            out.write(body, 0, part);
            left -= part;
        }
        out.flush();
        if (upTo == length) {
            out.close();
        }
    }

    private static SiteRequest request(HttpExchange exchange) throws IOException {
        Map<String, List<String>> headers = new HashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
        String host = headers.getOrDefault("host", List.of("")).get(0).replaceFirst(":\\d+$", "");
        String query = exchange.getRequestURI().getRawQuery();
        return new SiteRequest(exchange.getRequestMethod(), host.toLowerCase(Locale.ROOT),
                exchange.getRequestURI().getRawPath(), query == null ? "" : query, headers,
                exchange.getRequestBody().readAllBytes());
    }
}
