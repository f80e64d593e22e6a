package org.refkeeper.warc;

import org.refkeeper.page.Header;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One HTTP response as an archive holds it, revisits already resolved.
 *
 * @param headers the response headers; when the stored body was encoded, Content-Encoding, Transfer-Encoding and
 *                Content-Length are kept as {@code X-Archive-Orig-*} and Content-Length is the decoded length
 * @param body    the decoded body (no chunking, no Content-Encoding)
 */
public record StoredResource(String url, int status, String contentType, List<Header> headers, byte[] body,
                             Instant date) {
    public StoredResource {
        headers = List.copyOf(headers);
    }

    /** The first header with this name, ignoring case. */
    public Optional<String> header(String name) {
        return headers.stream().filter(h -> h.name().equalsIgnoreCase(name)).map(Header::value).findFirst();
    }

    public boolean isRedirect() {
        return status / 100 == 3;
    }
}
