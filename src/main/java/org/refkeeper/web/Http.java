package org.refkeeper.web;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The few things both servers of the web UI do with an exchange. */
final class Http {
    private Http() {
    }

    /** The query parameters; the first value of each. */
    static Map<String, String> query(HttpExchange exchange) {
        Map<String, String> out = new HashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        if (raw == null) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            out.putIfAbsent(name, value);
        }
        return out;
    }

    static Optional<String> param(Map<String, String> query, String name) {
        return Optional.ofNullable(query.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }

    /**
     * Whether the request may be answered: only GET and HEAD, and only for a Host this server is known as.
     * The Host check stops DNS rebinding: a web page whose host name was made to point at 127.0.0.1 would
     * otherwise read the archive through the reader's own browser.
     *
     * @param hosts accepted Host headers (lower case, with port); empty accepts any
     */
    static boolean admit(HttpExchange exchange, Set<String> hosts) throws IOException {
        String method = exchange.getRequestMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            exchange.getResponseHeaders().set("Allow", "GET, HEAD");
            send(exchange, 405, "text/plain; charset=utf-8", "read only".getBytes(StandardCharsets.UTF_8));
            return false;
        }
        String host = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Host")).orElse("")
                .toLowerCase(Locale.ROOT);
        if (!hosts.isEmpty() && !hosts.contains(host)) {
            send(exchange, 421, "text/plain; charset=utf-8", ("not served as " + host).getBytes(StandardCharsets.UTF_8));
            return false;
        }
        return true;
    }

    static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.getResponseHeaders().set("Referrer-Policy", "no-referrer");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    static void text(HttpExchange exchange, int status, String text) throws IOException {
        send(exchange, status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }
}
