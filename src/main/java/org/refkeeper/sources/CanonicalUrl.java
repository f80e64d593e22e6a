package org.refkeeper.sources;

import org.refkeeper.io.BadInputException;
import org.refkeeper.io.Shown;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one spelling of an http(s) URL that names a source (its id is made from it): lower-case scheme and host, no
 * default port, no fragment, no tracking parameters, and for WeChat long links only the parameters that name the
 * article. The rest is kept as written, in its order. Spellings of one article that differ even so (http and https,
 * escapes, share parameters) are one source by {@link SameArticle}; this form stays as it is, so that ids stay.
 */
public record CanonicalUrl(String url) {
    private static final List<String> WECHAT_ARTICLE_KEYS = List.of("__biz", "mid", "idx", "sn");
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

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
            return new URI(escapeUnsafe(asciiHost(stripped(raw))));
        } catch (URISyntaxException e) {
            throw bad(raw, e.getReason() + " at character " + (e.getIndex() + 1));
        } catch (IllegalArgumentException e) { // IDN refused the host
            throw bad(raw, "no valid host name");
        }
    }

    /** As a browser reads what was typed: no spaces or control characters around it, no tabs or newlines in it. */
    private static String stripped(String url) {
        int from = 0;
        int to = url.length();
        while (from < to && url.charAt(from) <= ' ') {
            from++;
        }
        while (to > from && url.charAt(to - 1) <= ' ') {
            to--;
        }
        StringBuilder b = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = url.charAt(i);
            if (c != '\t' && c != '\n' && c != '\r') {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** A host in another script ({@code 例子.测试}) in the ASCII form browsers send (punycode). */
    private static String asciiHost(String url) {
        int scheme = url.indexOf("://");
        if (scheme < 0) {
            return url;
        }
        int start = scheme + 3;
        int end = start;
        while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
            end++;
        }
        String authority = url.substring(start, end);
        int hostStart = authority.lastIndexOf('@') + 1;
        int colon = authority.lastIndexOf(':');
        int hostEnd = colon > hostStart && !authority.startsWith("[", hostStart) ? colon : authority.length();
        String host = authority.substring(hostStart, hostEnd);
        if (host.chars().allMatch(c -> c < 0x80)) {
            return url;
        }
        return url.substring(0, start + hostStart) + IDN.toASCII(host, IDN.ALLOW_UNASSIGNED)
                + url.substring(start + hostEnd);
    }

    /**
     * Escapes what a browser escapes before sending a URL and java.net.URI refuses: spaces, control characters,
     * {@code "<>\^`{|}}, and a {@code %} that starts no escape.
     */
    private static String escapeUnsafe(String url) {
        StringBuilder b = new StringBuilder(url.length());
        for (int i = 0; i < url.length(); ) {
            int c = url.codePointAt(i);
            boolean strayPercent = c == '%' && !(i + 2 < url.length() && isHex(url.charAt(i + 1)) && isHex(url.charAt(i + 2)));
            if (" \"<>\\^`{|}".indexOf(c) >= 0 || strayPercent || Character.isISOControl(c) || Character.isSpaceChar(c)
                    || Character.getType(c) == Character.FORMAT || Character.getType(c) == Character.SURROGATE) {
                for (byte x : new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8)) {
                    b.append('%').append(HEX[(x >> 4) & 0xF]).append(HEX[x & 0xF]);
                }
            } else {
                b.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
        return b.toString();
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0 && c < 0x80;
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
        return new BadInputException(Shown.of(raw) + ": not a valid URL (" + problem + "); write it as a full http(s) URL");
    }
}
