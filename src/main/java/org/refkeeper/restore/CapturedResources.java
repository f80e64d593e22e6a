package org.refkeeper.restore;

import org.jsoup.internal.StringUtil;
import org.refkeeper.warc.Snapshot;
import org.refkeeper.warc.StoredResource;
import org.refkeeper.warc.UrlKey;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The responses of one capture, found by URL as a page's HTML or CSS spells it: the browser recorded URLs
 * percent-encoded and without fragment, while markup may hold raw Chinese, spaces or an upper-case host.
 */
final class CapturedResources {
    private static final int MAX_REDIRECTS = 10;

    private final Map<String, StoredResource> byUrl = new HashMap<>();

    CapturedResources(Snapshot snapshot) {
        for (StoredResource r : snapshot.resources()) {
            // a full response wins over a redirect recorded for the same URL
            byUrl.merge(UrlKey.of(r.url()), r, (a, b) -> a.isRedirect() && !b.isRedirect() ? b : a);
        }
    }

    /** The successful response the browser got for {@code url}, following redirects the capture holds. */
    Optional<StoredResource> find(String url) {
        String next = url;
        for (int hops = 0; hops <= MAX_REDIRECTS; hops++) {
            StoredResource r = byUrl.get(UrlKey.of(next));
            if (r == null) {
                return Optional.empty();
            }
            if (!r.isRedirect()) {
                return r.status() / 100 == 2 ? Optional.of(r) : Optional.empty();
            }
            Optional<String> location = r.header("Location");
            if (location.isEmpty()) {
                return Optional.empty();
            }
            next = StringUtil.resolve(r.url(), location.get());
        }
        return Optional.empty();
    }
}
