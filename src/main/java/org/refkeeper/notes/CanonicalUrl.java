package org.refkeeper.notes;

import org.refkeeper.io.BadInputException;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one spelling of an http(s) URL under which its citations are merged: lower-case scheme and host, no default
 * port, no fragment, no tracking parameters, and for WeChat long links only the parameters that name the article.
 * The rest is kept as written, in its order.
 */
public record CanonicalUrl(String url) {
    private static final List<String> WECHAT_ARTICLE_KEYS = List.of("__biz", "mid", "idx", "sn");

    /** @throws IllegalArgumentException if {@code url} is not already canonical; use {@link #of} for URLs as cited */
    public CanonicalUrl {
        try {
            if (!canonical(url).equals(url)) {
                throw new IllegalArgumentException("not a canonical URL: " + url);
            }
        } catch (BadInputException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /**
     * @param raw a URL as cited
     * @throws BadInputException naming the URL and what is wrong with it, if it is not an absolute http(s) URL
     */
    public static CanonicalUrl of(String raw) throws BadInputException {
        return new CanonicalUrl(canonical(raw));
    }

    public URI uri() {
        return URI.create(url);
    }

    public String host() {
        return uri().getHost();
    }

    /** The path as written (percent-encoded), at least {@code /}. */
    public String path() {
        return uri().getRawPath();
    }

    /** The query as written (percent-encoded), if there is one. */
    public Optional<String> query() {
        return Optional.ofNullable(uri().getRawQuery());
    }

    @Override
    public String toString() {
        return url;
    }

    private static String canonical(String raw) throws BadInputException {
        URI uri = parse(raw);
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw bad(raw, "not an http(s) URL");
        }
        if (uri.getHost() == null) {
            throw bad(raw, "no valid host name");
        }
        if (uri.getPort() > 65535) {
            throw bad(raw, "port out of range");
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        String path = uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        StringBuilder b = new StringBuilder(scheme).append("://");
        if (uri.getRawUserInfo() != null) {
            b.append(uri.getRawUserInfo()).append('@');
        }
        b.append(host);
        if (uri.getPort() != -1 && uri.getPort() != (scheme.equals("http") ? 80 : 443)) {
            b.append(':').append(uri.getPort());
        }
        b.append(path);
        query(host, path, uri.getRawQuery()).ifPresent(q -> b.append('?').append(q));
        return b.toString();
    }

    private static URI parse(String raw) throws BadInputException {
        try {
            return new URI(escapeUnsafe(raw.strip()));
        } catch (URISyntaxException e) {
            throw bad(raw, e.getReason() + " at character " + (e.getIndex() + 1));
        }
    }

    /** Escapes the ASCII characters a browser escapes before sending a URL, which java.net.URI refuses. */
    private static String escapeUnsafe(String url) {
        StringBuilder b = new StringBuilder(url.length());
        for (char c : url.toCharArray()) {
            if (" \"<>\\^`{|}".indexOf(c) >= 0) {
                b.append('%').append(String.format("%02X", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static Optional<String> query(String host, String path, String rawQuery) {
        if (rawQuery == null) {
            return Optional.empty();
        }
        List<String> kept = new ArrayList<>();
        List<String> params = List.of(rawQuery.split("&"));
        if (host.equals("mp.weixin.qq.com") && path.equals("/s") && params.stream().anyMatch(p -> name(p).equals("__biz"))) {
            for (String key : WECHAT_ARTICLE_KEYS) {
                params.stream().filter(p -> name(p).equals(key)).findFirst().ifPresent(kept::add);
            }
        } else {
            params.stream().filter(p -> !p.isEmpty() && !isTracking(name(p))).forEach(kept::add);
        }
        return kept.isEmpty() ? Optional.empty() : Optional.of(String.join("&", kept));
    }

    private static String name(String param) {
        int eq = param.indexOf('=');
        return eq < 0 ? param : param.substring(0, eq);
    }

    private static boolean isTracking(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.startsWith("utm_") || n.equals("fbclid") || n.equals("gclid");
    }

    private static BadInputException bad(String raw, String problem) {
        return new BadInputException(raw + ": not a valid URL (" + problem + "); write it as a full http(s) URL");
    }
}
