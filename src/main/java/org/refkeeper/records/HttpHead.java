package org.refkeeper.records;

import org.netpreserve.jwarc.MediaType;
import org.refkeeper.page.Header;

import java.util.List;
import java.util.Optional;

/**
 * The head of the HTTP message a record's block starts with.
 *
 * @param status  the response status; 0 for a request
 * @param headers the header lines, parsed leniently
 * @param length  bytes of the head in the block: the payload starts there
 */
public record HttpHead(int status, List<Header> headers, int length) {
    public HttpHead {
        headers = List.copyOf(headers);
    }

    /** The first header with this name, ignoring case. */
    public Optional<String> header(String name) {
        return headers.stream().filter(h -> h.name().equalsIgnoreCase(name)).map(Header::value).findFirst();
    }

    public String contentType() {
        return header("Content-Type").orElse("application/octet-stream");
    }

    /** The media type without parameters, as the index records it. */
    public String mime() {
        return MediaType.parseLeniently(contentType()).base().toString();
    }

    public boolean isRedirect() {
        return status / 100 == 3;
    }
}
