package org.refkeeper.warc;

import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MessageVersion;
import org.netpreserve.jwarc.URIs;
import org.refkeeper.page.Exchange;
import org.refkeeper.page.Header;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.channels.Channels;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The HTTP/1.1 messages a bundle stores for one exchange. Browsers speak h2 and h3 too, but WARC readers
 * parse HTTP/1.x, so every exchange is written as HTTP/1.1 (the real protocol goes in WARC-Protocol).
 */
final class HttpMessages {
    private static final Set<String> REQUEST_WIRE = Set.of("content-length", "transfer-encoding", "host");

    private HttpMessages() {
    }

    static HttpRequest request(Exchange exchange) {
        URI uri = URIs.parseLeniently(exchange.url());
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String target = uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        HttpRequest.Builder builder = new HttpRequest.Builder(exchange.method(), target)
                .version(MessageVersion.HTTP_1_1)
                .addHeader("Host", uri.getRawAuthority() == null ? "" : uri.getRawAuthority());
        for (Header header : HttpHeaders.singleLine(exchange.requestHeaders())) {
            String name = header.name().toLowerCase(Locale.ROOT);
            if (!name.startsWith(":") && !REQUEST_WIRE.contains(name)) {
                builder.addHeader(header.name(), header.value());
            }
        }
        if (exchange.requestBody().length > 0) {
            builder.body(null, exchange.requestBody());
        }
        return builder.build();
    }

    /** The response with its decoded body, or with headers only (for a revisit record). */
    static HttpResponse response(Exchange exchange, boolean withBody) {
        HttpResponse.Builder builder = new HttpResponse.Builder(exchange.status(), reason(exchange))
                .version(MessageVersion.HTTP_1_1);
        List<Header> headers = HttpHeaders.forDecodedBody(exchange.responseHeaders(), exchange.body().length);
        for (Header header : headers) {
            builder.addHeader(header.name(), header.value());
        }
        if (withBody) {
            builder.body(null, Channels.newChannel(new ByteArrayInputStream(exchange.body())), exchange.body().length);
        }
        return builder.build();
    }

    /** A reason phrase free of line breaks; HTTP/2 has none, and an empty one is valid HTTP/1.1. */
    private static String reason(Exchange exchange) {
        return exchange.statusText() == null ? "" : exchange.statusText().replaceAll("[\\r\\n]", " ");
    }
}
