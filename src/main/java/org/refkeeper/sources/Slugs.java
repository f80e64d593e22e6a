package org.refkeeper.sources;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The slug of a source id: a readable name taken from the URL. When the slug does not spell the URL exactly
 * (a query, a lossy path, a truncation) it ends in 8 hex digits of the URL's SHA-1, so two URLs never share a folder.
 */
final class Slugs {
    private static final int MAX_READABLE = 60;
    /** Room for the slug in a path that file systems and git take (255 bytes a name; shorter is kinder). */
    private static final int MAX_HOST = 100;

    /** Site URL shapes whose slug is made from their ids alone; each pattern matches path and query in full. */
    private record Shape(String host, Pattern pathAndQuery, Function<Matcher, String> slug) {
    }

    private static final List<Shape> SHAPES = List.of(
            new Shape("mp.weixin.qq.com", Pattern.compile("/s/([A-Za-z0-9_-]+)"), m -> m.group(1)),
            new Shape("mp.weixin.qq.com", Pattern.compile("/s\\?__biz=([^&]+)&mid=(\\d+)&idx=(\\d+)(?:&sn=[^&]*)?"),
                    m -> base64url(m.group(1)) + "-" + m.group(2) + "-" + m.group(3)),
            new Shape("zhuanlan.zhihu.com", Pattern.compile("/p/(\\d+)"), m -> "p-" + m.group(1)),
            new Shape("www.zhihu.com", Pattern.compile("/question/(\\d+)/answer/(\\d+)"),
                    m -> "question-" + m.group(1) + "-answer-" + m.group(2)),
            new Shape("www.zhihu.com", Pattern.compile("/(question|answer)/(\\d+)"), m -> m.group(1) + "-" + m.group(2)));

    private Slugs() {
    }

    /**
     * The host as a folder name: [a-z0-9._-], never starting with a dot, at most {@value #MAX_HOST} long (a longer
     * one is cut and ends in a hash of the whole, so two hosts never share a folder).
     */
    static String host(CanonicalUrl url) {
        String full = url.host().toLowerCase(Locale.ROOT);
        String host = full.replaceAll("[^a-z0-9._-]", "-");
        if (host.startsWith(".")) {
            host = "-" + host.substring(1);
        }
        return host.length() <= MAX_HOST ? host : host.substring(0, MAX_HOST - 9) + "-" + sha1(full).substring(0, 8);
    }

    static String slug(CanonicalUrl url) {
        String pathAndQuery = url.path() + url.query().map(q -> "?" + q).orElse("");
        for (Shape shape : SHAPES) {
            Matcher m = shape.pathAndQuery().matcher(pathAndQuery);
            if (shape.host().equals(url.host()) && m.matches()) {
                return shape.slug().apply(m);
            }
        }
        String readable = readable(url.uri().getPath());
        String exact = url.uri().getScheme() + "://" + url.host() + "/" + readable;
        if (!readable.isEmpty() && url.url().equals(exact)) {
            return readable;
        }
        return (readable.isEmpty() ? "index" : readable) + "-" + sha1(url.url()).substring(0, 8);
    }

    /** Lower-case letters, digits and single hyphens from the decoded path, at most {@value #MAX_READABLE} long. */
    private static String readable(String path) {
        String slug = path.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.length() <= MAX_READABLE ? slug : slug.substring(0, MAX_READABLE).replaceAll("-$", "");
    }

    /** WeChat's __biz is Base64; its URL-safe form fits a file name. */
    static String base64url(String biz) {
        String decoded = URLDecoder.decode(biz.replace("+", "%2B"), StandardCharsets.UTF_8);
        return decoded.replace('+', '-').replace('/', '_').replaceAll("[^A-Za-z0-9_-]", "");
    }

    private static String sha1(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-1", e);
        }
    }
}
