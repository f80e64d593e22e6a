package org.refkeeper.capture;

import org.refkeeper.chromium.PageBudget;
import org.refkeeper.page.Exchange;
import org.refkeeper.page.Header;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.HttpHeader;
import com.microsoft.playwright.options.Timing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads one finished request and its response out of the browser as an {@link Exchange}. A body is measured
 * before it is read (by the {@link ResponseGate}, or by what its headers promise), and one the page's budget has
 * no room for, or that could be of any size, is left out; the exchange itself is kept.
 */
final class ExchangeReader {
    private ExchangeReader() {
    }

    /**
     * The exchange, or empty when the request never got a response.
     *
     * @param whole whether the body arrived whole; one that broke off is not read
     */
    static Optional<Exchange> read(Request request, boolean whole, ResponseGate gate, Map<String, Long> timed,
                                   PageBudget budget) {
        Response response = request.existingResponse();
        if (response == null) {
            return Optional.empty();
        }
        byte[] requestBody = request.postDataBuffer();
        List<Header> sent = gate.sentHeaders(response.url()).orElseGet(() -> headers(response.headersArray()));
        return Optional.of(new Exchange(request.method(), request.url(), headers(request.headersArray()),
                requestBody == null ? new byte[0] : requestBody, response.status(), response.statusText(),
                protocol(response), sent, whole ? body(response, gate, timed, budget) : new byte[0],
                date(request.timing())));
    }

    private static byte[] body(Response response, ResponseGate gate, Map<String, Long> timed, PageBudget budget) {
        OptionalLong measured = gate.measured(response.url());
        // one the gate refused is noted already
        if (response.status() / 100 == 3 || measured.orElse(0) == Long.MAX_VALUE
                || !budget.admit(response.url(), measured.orElseGet(() -> size(response, timed)))) {
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
     * The decoded size of a body the gate did not measure: as declared when it travels as it is, else as the
     * page's resource timing gives it (for its own origin's responses); -1 when nothing tells.
     */
    private static long size(Response response, Map<String, Long> timed) {
        String encoding = Optional.ofNullable(response.headerValue("content-encoding")).orElse("").strip();
        long declared = declaredLength(response);
        if ((encoding.isEmpty() || encoding.equalsIgnoreCase("identity")) && declared >= 0) {
            return declared;
        }
        return timed.getOrDefault(response.url(), -1L);
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
