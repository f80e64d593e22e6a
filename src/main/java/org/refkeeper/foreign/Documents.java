package org.refkeeper.foreign;

import org.netpreserve.jwarc.MediaType;
import org.refkeeper.records.ForeignRecord;
import org.refkeeper.warc.Html;
import org.refkeeper.warc.UrlKey;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What each HTML document and style sheet of an import names: read once (decoded within {@link Bodies#MAX_BODY})
 * and kept as sets of URLs, never as text.
 */
final class Documents {
    /** The URLs of one document, each as a {@link UrlKey}. */
    record Links(Set<String> resources, Set<String> frames, Set<String> navigations) {
        static final Links NONE = new Links(Set.of(), Set.of(), Set.of());
    }

    private final Bodies bodies;
    private final Map<String, Links> read = new HashMap<>();

    Documents(Bodies bodies) {
        this.bodies = bodies;
    }

    static boolean isHtml(ForeignRecord r) {
        return Html.is(r.payloadType());
    }

    static boolean isCss(ForeignRecord r) {
        return MediaType.parseLeniently(r.payloadType()).base().toString().equals("text/css");
    }

    /** @param baseUrl the document's address (a DOM record's is the page's) */
    Links of(ForeignRecord r, String baseUrl) throws IOException {
        Links known = read.get(r.key());
        if (known != null) {
            return known;
        }
        Links links = Links.NONE;
        if (isHtml(r) || isCss(r)) {
            Optional<byte[]> body = bodies.decoded(r, Bodies.MAX_BODY);
            if (body.isPresent() && isHtml(r)) {
                Html html = Html.parse(body.get(), r.payloadType(), baseUrl);
                links = new Links(keys(html.resources()), keys(html.frames()), keys(html.links()));
            } else if (body.isPresent()) {
                links = new Links(keys(Html.cssUrls(new String(body.get(), StandardCharsets.UTF_8), baseUrl)),
                        Set.of(), Set.of());
            }
        }
        read.put(r.key(), links);
        return links;
    }

    private static Set<String> keys(Set<String> urls) {
        return Set.copyOf(urls.stream().map(UrlKey::of).toList());
    }
}
