package org.refkeeper.sources;

import org.refkeeper.io.BadInputException;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which canonical URLs are one article, though they are spelled apart: http and https; a percent escape in either
 * case, or Chinese written raw; share parameters that canonical form keeps ({@code spm}, WeChat's
 * {@code from=timeline}); a WeChat link with any {@code scene}, {@code chksm} or {@code sn}; a Zhihu answer with or
 * without its question; a link through a redirector that names its target ({@code link.zhihu.com/?target=}).
 * Canonical form itself stays as it was, since source ids are made from it: a source cited one way keeps its id.
 */
final class SameArticle {
    /** Redirectors that carry the target in a query parameter, by host and path. */
    private static final Map<String, String> REDIRECTORS = Map.of(
            "link.zhihu.com/", "target", "link.juejin.cn/", "target", "link.csdn.net/", "target",
            "www.jianshu.com/go-wild", "url", "www.google.com/url", "q");
    /** Parameters of sharing and tracking, beyond the {@code utm_*} that canonical form drops. */
    private static final Set<String> SHARING = Set.of("spm", "share_code", "isappinstalled", "msclkid", "mc_cid",
            "mc_eid", "igshid", "_hsenc", "_hsmi", "yclid", "wt_mc");
    /** WeChat's {@code from} values: where in the app a link was shared from. */
    private static final Set<String> WECHAT_FROM = Set.of("timeline", "singlemessage", "groupmessage");
    private static final Pattern WECHAT_SHORT = Pattern.compile("/s/([A-Za-z0-9_-]++)");
    private static final Pattern ZHIHU_ANSWER = Pattern.compile("(?:/question/\\d++)?/answer/(\\d++)/?");
    private static final Pattern ZHIHU_QUESTION = Pattern.compile("/question/(\\d++)/?");
    private static final Pattern ZHIHU_ARTICLE = Pattern.compile("/p/(\\d++)/?");
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private SameArticle() {
    }

    /** The key that every spelling of the article shares, and no other article's. */
    static String key(CanonicalUrl url) {
        return key(url, 0);
    }

    /**
     * Which spelling names a source cited in several: https before http, the target before a redirector, a WeChat long
     * link with its signature ({@code sn}) before one without, Zhihu's own host before {@code zhihu.com} (which only
     * redirects there), then the fewest parameters, the shortest, the first in order. The choice depends on what is
     * cited, never on where: moving a citation moves no source.
     */
    static final Comparator<CanonicalUrl> PREFERRED = Comparator
            .comparing((CanonicalUrl u) -> u.url().startsWith("http:"))
            .thenComparing(u -> target(u).isPresent())
            .thenComparing(u -> u.host().equals("zhihu.com"))
            .thenComparing(u -> u.host().equals("mp.weixin.qq.com") && u.query().map(q -> !hasParam(q, "sn")).orElse(false))
            .thenComparingInt(u -> u.query().map(q -> q.split("&").length).orElse(0))
            .thenComparingInt(u -> u.url().length())
            .thenComparing(CanonicalUrl::url);

    private static String key(CanonicalUrl url, int depth) {
        Optional<CanonicalUrl> target = depth < 3 ? target(url) : Optional.empty();
        if (target.isPresent()) {
            return key(target.get(), depth + 1);
        }
        URI uri = url.uri(); // parsed once: each accessor of CanonicalUrl parses again
        String host = uri.getHost();
        String path = uri.getRawPath();
        Optional<String> q = Optional.ofNullable(uri.getRawQuery());
        Matcher m;
        if (host.equals("mp.weixin.qq.com")) {
            if ((m = WECHAT_SHORT.matcher(path)).matches()) {
                return "wechat:" + m.group(1);
            }
            if (path.equals("/s") && q.isPresent() && hasParam(q.get(), "__biz") && hasParam(q.get(), "mid")
                    && hasParam(q.get(), "idx")) {
                return "wechat:" + Slugs.base64url(param(q.get(), "__biz")) + "-" + param(q.get(), "mid") + "-"
                        + param(q.get(), "idx");
            }
        }
        if (host.equals("www.zhihu.com") || host.equals("zhihu.com")) {
            if ((m = ZHIHU_ANSWER.matcher(path)).matches()) {
                return "zhihu-answer:" + m.group(1);
            }
            if ((m = ZHIHU_QUESTION.matcher(path)).matches()) {
                return "zhihu-question:" + m.group(1);
            }
        }
        if (host.equals("zhuanlan.zhihu.com") && (m = ZHIHU_ARTICLE.matcher(path)).matches()) {
            return "zhihu-article:" + m.group(1);
        }
        String authority = uri.getRawAuthority();
        authority = authority.substring(authority.lastIndexOf('@') + 1);
        return "//" + authority + escapes(path) + q.map(SameArticle::query).orElse("");
    }

    /** Whether the URL is a WeChat temporary link, as Sogou's search gives them: it expires within hours. */
    static boolean isTemporary(CanonicalUrl url) {
        return url.host().equals("mp.weixin.qq.com") && url.path().equals("/s") && url.query()
                .map(q -> hasParam(q, "timestamp") && hasParam(q, "signature") && !hasParam(q, "__biz")).orElse(false);
    }

    /** The target a redirector names, if the URL is a redirector's and its target an http(s) URL. */
    private static Optional<CanonicalUrl> target(CanonicalUrl url) {
        String param = REDIRECTORS.get(url.host() + url.path());
        if (param == null || url.query().isEmpty() || !hasParam(url.query().get(), param)) {
            return Optional.empty();
        }
        try {
            return Optional.of(CanonicalUrl.of(URLDecoder.decode(param(url.query().get(), param), StandardCharsets.UTF_8)));
        } catch (BadInputException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String query(String query) {
        List<String> kept = java.util.Arrays.stream(query.split("&")).filter(p -> !isSharing(p)).map(SameArticle::escapes)
                .toList();
        return kept.isEmpty() ? "" : "?" + String.join("&", kept);
    }

    private static boolean isSharing(String param) {
        int eq = param.indexOf('=');
        String name = (eq < 0 ? param : param.substring(0, eq)).toLowerCase(Locale.ROOT);
        return SHARING.contains(name) || name.equals("from") && eq >= 0 && WECHAT_FROM.contains(param.substring(eq + 1));
    }

    /**
     * Percent escapes as a browser compares them: an escaped letter, digit or {@code -._~} as itself, other escapes
     * in upper case, non-ASCII characters as the escapes of their UTF-8 bytes.
     */
    static String escapes(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            if (c == '%' && i + 2 < text.length() && isHex(text.charAt(i + 1)) && isHex(text.charAt(i + 2))) {
                char decoded = (char) Integer.parseInt(text.substring(i + 1, i + 3), 16);
                if (Character.isLetterOrDigit(decoded) && decoded < 0x80 || "-._~".indexOf(decoded) >= 0) {
                    b.append(decoded);
                } else {
                    b.append('%').append(Character.toUpperCase(text.charAt(i + 1))).append(Character.toUpperCase(text.charAt(i + 2)));
                }
                i += 3;
            } else if (c >= 0x80) {
                int cp = text.codePointAt(i);
                for (byte x : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                    b.append('%').append(HEX[(x >> 4) & 0xF]).append(HEX[x & 0xF]);
                }
                i += Character.charCount(cp);
            } else {
                b.append(c);
                i++;
            }
        }
        return b.toString();
    }

    private static boolean isHex(char c) {
        return c < 0x80 && Character.digit(c, 16) >= 0;
    }

    private static boolean hasParam(String query, String name) {
        return java.util.Arrays.stream(query.split("&")).anyMatch(p -> p.equals(name) || p.startsWith(name + "="));
    }

    private static String param(String query, String name) {
        return java.util.Arrays.stream(query.split("&")).filter(p -> p.startsWith(name + "=")).findFirst()
                .map(p -> p.substring(name.length() + 1)).orElse("");
    }
}
