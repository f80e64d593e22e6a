package org.refkeeper.capture;

import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.HttpHeader;
import com.microsoft.playwright.options.Timing;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads one finished request and its response out of the browser as an {@link Exchange}. A body is measured
 * before it is read, and one the page's budget has no room for is left out; the exchange itself is kept.
 */
final class ExchangeReader {
    private ExchangeReader() {
    }

    /**
     * The exchange, or empty when the request never got a response.
     *
     * @param whole whether the body arrived whole; one that broke off is not read
     */
    static Optional<Exchange> read(Request request, boolean whole, PageBudget budget) {
        Response response = request.existingResponse();
        if (response == null) {
            return Optional.empty();
        }
        byte[] requestBody = request.postDataBuffer();
        return Optional.of(new Exchange(request.method(), request.url(), headers(request.headersArray()),
                requestBody == null ? new byte[0] : requestBody, response.status(), response.statusText(),
                protocol(response), headers(response.headersArray()), whole ? body(response, budget) : new byte[0],
                date(request.timing())));
    }

    private static byte[] body(Response response, PageBudget budget) {
        if (response.status() / 100 == 3 || !budget.admit(response.url(), size(response))) {
            return new byte[0];
        }
        try {
            byte[] body = response.body();
            if (body.length > budget.perBody()) {
                budget.omit(response.url(), "larger than measured, over the limit for one body");
                return new byte[0];
            }
            return body;
        } catch (PlaywrightException e) {
            // The browser no longer holds it (evicted, or the load was cut short): keep the headers.
            return new byte[0];
        }
    }

    /**
     * The decoded size: as the browser counted it arriving, else as declared when nothing decodes it on the way;
     * -1 when neither tells.
     */
    private static long size(Response response) {
        String encoding = response.headerValue("content-encoding");
        boolean identity = encoding == null || encoding.isBlank() || encoding.strip().toLowerCase(Locale.ROOT).equals("identity");
        return identity ? declaredLength(response) : -1;
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
