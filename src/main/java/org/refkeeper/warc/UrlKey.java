package org.refkeeper.warc;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A URL as a browser requests it, for matching what markup names with what a record's target says: no
 * fragment, lower-case scheme and host, bytes outside printable ASCII percent-encoded.
 */
public final class UrlKey {
    private static final Pattern SCHEME_AND_HOST = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*://[^/?#]*)");
    private static final String UNSAFE = "\"<>`{}|\\^";

    private UrlKey() {
    }

    public static String of(String url) {
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

    /** {@code https://host:port} of a URL, lower case; empty for what is no URL. */
    public static String origin(String url) {
        Matcher m = SCHEME_AND_HOST.matcher(url.strip());
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "";
    }

    /** Whether a Referer names only an origin (as browsers send it across sites). */
    public static boolean isOriginOnly(String referer) {
        String origin = origin(referer);
        return !origin.isEmpty() && (referer.strip().equalsIgnoreCase(origin)
                || referer.strip().equalsIgnoreCase(origin + "/"));
    }
}
