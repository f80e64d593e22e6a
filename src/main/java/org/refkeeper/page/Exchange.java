package org.refkeeper.page;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One request the page made and the response it got, as the browser saw them.
 * Redirects are exchanges of their own (status 3xx, empty body, a Location header).
 *
 * @param body the response body as the browser decoded it (Content-Encoding already undone); empty when none
 */
public record Exchange(String method, String url, List<Header> requestHeaders, byte[] requestBody,
                       int status, String statusText, String protocol, List<Header> responseHeaders,
                       byte[] body, Instant date) {
    public Exchange {
        requestHeaders = List.copyOf(requestHeaders);
        responseHeaders = List.copyOf(responseHeaders);
    }

    /** The first request header with this name, ignoring case. */
    public Optional<String> requestHeader(String name) {
        return requestHeaders.stream().filter(h -> h.name().equalsIgnoreCase(name)).map(Header::value).findFirst();
    }

    /** The first response header with this name, ignoring case. */
    public Optional<String> responseHeader(String name) {
        return responseHeaders.stream().filter(h -> h.name().equalsIgnoreCase(name)).map(Header::value).findFirst();
    }

    public String contentType() {
        return responseHeader("Content-Type").orElse("application/octet-stream");
    }
}
