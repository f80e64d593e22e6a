package org.refkeeper.warc;

import org.netpreserve.jwarc.MessageHeaders;
import org.refkeeper.page.Header;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** HTTP header lists as the archive stores them next to a decoded body. */
public final class HttpHeaders {
    /** Headers that describe the bytes on the wire, not the decoded body stored in the archive. */
    private static final Set<String> WIRE = Set.of("content-encoding", "transfer-encoding", "content-length");
    static final String ORIGINAL_PREFIX = "X-Archive-Orig-";

    private HttpHeaders() {
    }

    /**
     * Headers for a body stored decoded: Content-Encoding, Transfer-Encoding and Content-Length are kept as
     * {@code X-Archive-Orig-*}, Content-Length becomes {@code bodyLength}, and HTTP/2 pseudo-headers go.
     */
    static List<Header> forDecodedBody(List<Header> headers, long bodyLength) {
        List<Header> kept = new ArrayList<>();
        List<Header> originals = new ArrayList<>();
        for (Header header : singleLine(headers)) {
            String name = header.name().toLowerCase(Locale.ROOT);
            if (name.startsWith(":")) {
                continue;
            }
            if (WIRE.contains(name)) {
                originals.add(new Header(ORIGINAL_PREFIX + canonical(name), header.value()));
            } else {
                kept.add(header);
            }
        }
        kept.addAll(originals);
        kept.add(new Header("Content-Length", Long.toString(bodyLength)));
        return kept;
    }

    /**
     * One header per line: browsers join repeated headers such as Set-Cookie with newlines, which would
     * otherwise end the header in the stored message.
     */
    static List<Header> singleLine(List<Header> headers) {
        List<Header> lines = new ArrayList<>();
        for (Header header : headers) {
            for (String value : header.value().split("[\\r\\n]+")) {
                if (!value.isBlank() || header.value().isBlank()) {
                    lines.add(new Header(header.name(), value.strip()));
                }
            }
        }
        return lines;
    }

    /** Whether the headers say the body on the wire was encoded or chunked. */
    static boolean describeEncodedBody(List<Header> headers) {
        return headers.stream().anyMatch(h -> h.name().equalsIgnoreCase("content-encoding")
                || h.name().equalsIgnoreCase("transfer-encoding"));
    }

    public static List<Header> of(MessageHeaders headers) {
        List<Header> list = new ArrayList<>();
        headers.map().forEach((name, values) -> values.forEach(value -> list.add(new Header(name, value))));
        return list;
    }

    /** {@code content-length} (as HTTP/2 spells it) becomes {@code Content-Length}. */
    private static String canonical(String lowerCaseName) {
        StringBuilder name = new StringBuilder(lowerCaseName);
        for (int i = 0; i < name.length(); i++) {
            if (i == 0 || name.charAt(i - 1) == '-') {
                name.setCharAt(i, Character.toUpperCase(name.charAt(i)));
            }
        }
        return name.toString();
    }
}
