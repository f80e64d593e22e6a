package org.refkeeper.capture;

import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.HttpHeader;
import com.microsoft.playwright.options.Timing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Reads one finished request and its response out of the browser as an {@link Exchange}. */
final class ExchangeReader {
    /** Bodies above this are left out rather than held in memory; the exchange itself is kept. */
    static final int MAX_BODY = 50 * 1024 * 1024;

    private ExchangeReader() {
    }

    /** The exchange, or empty when the request never got a response. */
    static Optional<Exchange> read(Request request) {
        Response response = request.existingResponse();
        if (response == null) {
            return Optional.empty();
        }
        byte[] requestBody = request.postDataBuffer();
        return Optional.of(new Exchange(request.method(), request.url(), headers(request.headersArray()),
                requestBody == null ? new byte[0] : requestBody, response.status(), response.statusText(),
                protocol(response), headers(response.headersArray()), body(response), date(request.timing())));
    }

    private static byte[] body(Response response) {
        if (response.status() / 100 == 3 || declaredLength(response) > MAX_BODY) {
            return new byte[0];
        }
        try {
            byte[] body = response.body();
            return body.length > MAX_BODY ? new byte[0] : body;
        } catch (PlaywrightException e) {
            // The browser no longer holds it (evicted, or the load was cut short): keep the headers.
            return new byte[0];
        }
    }

    private static long declaredLength(Response response) {
        try {
            String length = response.headerValue("content-length");
            return length == null ? -1 : Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String protocol(Response response) {
        String version = response.httpVersion();
        return version == null || version.isBlank() ? "HTTP/1.1" : version;
    }

    private static List<Header> headers(List<HttpHeader> headers) {
        return headers.stream().map(h -> new Header(h.name, h.value)).toList();
    }

    /** When the response began to arrive; Playwright reports -1 for phases it did not see. */
    private static Instant date(Timing timing) {
        if (timing == null || timing.startTime <= 0) {
            return Instant.now();
        }
        return Instant.ofEpochMilli(Math.round(timing.startTime + Math.max(0, timing.responseStart)));
    }
}
