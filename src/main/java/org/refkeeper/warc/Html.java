package org.refkeeper.warc;

import org.jsoup.Jsoup;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.netpreserve.jwarc.MediaType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** What the archive needs to know of an HTML document: its title, its text, the frames it embeds. */
public final class Html {
    private static final Pattern CSS_URL = Pattern.compile(
            "url\\(\\s*(?:\"([^\"]*)\"|'([^']*)'|([^)'\"]*))\\s*\\)|@import\\s+[\"']([^\"']+)[\"']");
    private static final Pattern REFRESH = Pattern.compile("(?i)url\\s*=\\s*['\"]?([^'\"]+)");

    private final Document document;

    private Html(Document document) {
        this.document = document;
    }

    public static boolean is(String contentType) {
        String base = MediaType.parseLeniently(contentType).base().toString();
        return base.equals("text/html") || base.equals("application/xhtml+xml");
    }

    /** Parses with the charset the Content-Type names, else the one the document declares (jsoup's sniffing). */
    public static Html parse(byte[] body, String contentType, String baseUrl) {
        String charset = MediaType.parseLeniently(contentType).parameters().get("charset");
        try {
            return new Html(Jsoup.parse(new ByteArrayInputStream(body), charset, baseUrl));
        } catch (IOException | IllegalArgumentException e) {
            // An unknown charset name: let jsoup sniff instead.
            try {
                return new Html(Jsoup.parse(new ByteArrayInputStream(body), null, baseUrl));
            } catch (IOException impossible) {
                throw new IllegalStateException("reading a byte array cannot fail", impossible);
            }
        }
    }

    public static Html parse(String html, String baseUrl) {
        return new Html(Jsoup.parse(html, baseUrl));
    }

    public Optional<String> title() {
        String title = document.title().strip();
        return title.isEmpty() ? Optional.empty() : Optional.of(title);
    }

    /** The visible text of the whole body, for pages whose file has no extracted text. */
    public Optional<String> text() {
        String text = document.body() == null ? "" : document.body().text().strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /** Absolute URLs (without fragment) of the frames this document embeds: parts of a page, not pages. */
    public Set<String> frames() {
        return urls("iframe[src], frame[src]", "src");
    }

    /**
     * Absolute URLs (without fragment) of everything this document makes a browser fetch to show it: images
     * (lazy ones and srcset too), style sheets, icons, preloads, scripts, media, frames, objects, and what its
     * style attributes and style elements name.
     */
    public Set<String> resources() {
        Set<String> urls = urls("img[src], script[src], iframe[src], frame[src], embed[src], source[src], "
                + "video[src], audio[src], track[src], input[src]", "src");
        for (String lazy : new String[]{"data-src", "data-original", "data-lazy-src", "data-actualsrc"}) {
            urls.addAll(urls("[" + lazy + "]", lazy));
        }
        urls.addAll(urls("video[poster]", "poster"));
        urls.addAll(urls("object[data]", "data"));
        urls.addAll(urls("[background]", "background"));
        urls.addAll(urls("image[href], use[href]", "href"));
        for (Element link : document.select("link[href]")) {
            String rel = link.attr("rel").toLowerCase(java.util.Locale.ROOT);
            if (!rel.matches(".*\\b(canonical|alternate|next|prev|author|license|search|bookmark|external)\\b.*")) {
                urls.add(withoutFragment(link.absUrl("href")));
            }
        }
        for (Element e : document.select("img[srcset], source[srcset], img[data-srcset], source[data-srcset]")) {
            for (String set : new String[]{e.attr("srcset"), e.attr("data-srcset")}) {
                for (String candidate : set.split(",")) {
                    String ref = candidate.strip().split("\\s+")[0];
                    if (!ref.isEmpty()) {
                        urls.add(withoutFragment(StringUtil.resolve(document.location(), ref)));
                    }
                }
            }
        }
        StringBuilder css = new StringBuilder();
        document.select("style").forEach(style -> css.append(style.data()).append('\n'));
        document.select("[style]").forEach(e -> css.append(e.attr("style")).append('\n'));
        urls.addAll(cssUrls(css.toString(), document.location()));
        urls.remove("");
        return urls;
    }

    /** Absolute URLs (without fragment) a style sheet loads: {@code url(...)} and {@code @import}. */
    public static Set<String> cssUrls(String css, String baseUrl) {
        Set<String> urls = new HashSet<>();
        Matcher m = CSS_URL.matcher(css);
        while (m.find()) {
            String ref = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2)
                    : m.group(3) != null ? m.group(3) : m.group(4);
            ref = ref.strip();
            if (!ref.isEmpty() && !ref.regionMatches(true, 0, "data:", 0, 5)) {
                urls.add(withoutFragment(StringUtil.resolve(baseUrl, ref)));
            }
        }
        return urls;
    }

    /** Absolute URLs (without fragment) this document navigates to: links and meta refresh. */
    public Set<String> links() {
        Set<String> links = urls("a[href], area[href]", "href");
        for (Element refresh : document.select("meta[http-equiv~=(?i)refresh][content]")) {
            Matcher url = REFRESH.matcher(refresh.attr("content"));
            if (url.find()) {
                links.add(withoutFragment(StringUtil.resolve(document.location(), url.group(1).strip())));
            }
        }
        return links;
    }

    private Set<String> urls(String query, String attribute) {
        return document.select(query).stream()
                .map(e -> withoutFragment(e.absUrl(attribute)))
                .filter(url -> !url.isEmpty())
                .collect(Collectors.toCollection(HashSet::new));
    }

    public static String withoutFragment(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }
}
