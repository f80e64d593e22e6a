package org.refkeeper.restore;

import org.jsoup.internal.StringUtil;
import org.refkeeper.warc.Snapshot;
import org.refkeeper.warc.StoredResource;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The responses of one capture, found by URL as a page's HTML or CSS spells it: the browser recorded URLs
 * percent-encoded and without fragment, while markup may hold raw Chinese, spaces or an upper-case host.
 */
final class CapturedResources {
    private static final Pattern SCHEME_AND_HOST = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*://[^/?#]*)");
    private static final int MAX_REDIRECTS = 10;
    private static final String UNSAFE = "\"<>`{}|\\^";

    private final Map<String, StoredResource> byUrl = new HashMap<>();

    CapturedResources(Snapshot snapshot) {
        for (StoredResource r : snapshot.resources()) {
            // a full response wins over a redirect recorded for the same URL
            byUrl.merge(key(r.url()), r, (a, b) -> a.isRedirect() && !b.isRedirect() ? b : a);
        }
    }

    /** The successful response the browser got for {@code url}, following redirects the capture holds. */
    Optional<StoredResource> find(String url) {
        String next = url;
        for (int hops = 0; hops <= MAX_REDIRECTS; hops++) {
            StoredResource r = byUrl.get(key(next));
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

    /** A URL as the browser would request it: no fragment, lower-case scheme and host, odd bytes percent-encoded. */
    static String key(String url) {
        String u = url.strip();
        int hash = u.indexOf('#');
        if (hash >= 0) {
            u = u.substring(0, hash);
        }
        Matcher m = SCHEME_AND_HOST.matcher(u);
        if (m.find()) {
            u = m.group(1).toLowerCase(Locale.ROOT) + u.substring(m.end());
        }
        StringBuilder out = new StringBuilder();
        for (byte b : u.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c <= 0x20 || c >= 0x7f || UNSAFE.indexOf(c) >= 0) {
                out.append('%').append(String.format("%02X", c));
            } else {
                out.append((char) c);
            }
        }
        return out.toString();
    }
}
