package org.refkeeper.warc;

import org.netpreserve.jwarc.URIs;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One page as an archive holds it: the page's own response, every resource it loaded, and what refkeeper
 * saw besides (screenshot, rendered DOM, main text, verdict) where the file has them.
 *
 * @param url       the page URL as it was opened
 * @param date      when it was captured
 * @param title     the page's title, from the file's page list or the HTML's {@code <title>}
 * @param resources every response the page loaded (redirects included), revisits resolved
 */
public record Snapshot(String url, Instant date, Optional<String> title, List<StoredResource> resources,
                       Optional<byte[]> screenshot, Optional<String> dom, Optional<String> mainText,
                       Optional<String> metadataJson) {
    public Snapshot {
        resources = List.copyOf(resources);
    }

    public Snapshot withTitle(Optional<String> title) {
        return new Snapshot(url, date, title, resources, screenshot, dom, mainText, metadataJson);
    }

    /** The response for {@code url}; where the file has a redirect and a full response for it, the full one. */
    public Optional<StoredResource> resource(String url) {
        return resources.stream()
                .filter(r -> r.url().equals(url))
                .min(Comparator.comparing(StoredResource::isRedirect));
    }

    /** The page's own response, following redirects from {@link #url()}. */
    public Optional<StoredResource> page() {
        String next = url;
        for (int hops = 0; hops < 20; hops++) {
            Optional<StoredResource> found = resource(next);
            if (found.isEmpty() || !found.get().isRedirect()) {
                return found;
            }
            Optional<String> location = found.get().header("Location");
            if (location.isEmpty()) {
                return found;
            }
            try {
                next = URIs.parseLeniently(next).resolve(URIs.parseLeniently(location.get())).toString();
            } catch (IllegalArgumentException e) {
                return found;
            }
        }
        return Optional.empty();
    }
}
