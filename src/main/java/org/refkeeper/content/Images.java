package org.refkeeper.content;

import org.jsoup.nodes.Element;

import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/** Where an image element's picture comes from, lazy loading taken into account. */
public final class Images {
    private Images() {
    }

    /**
     * The absolute URL the image shows: {@code src}, or {@code data-src} when {@code src} is empty or a
     * {@code data:} placeholder (lazy loading, as WeChat does). Empty when the image only has inline data.
     */
    public static Optional<String> source(Element img) {
        return candidates(img).findFirst();
    }

    /**
     * What names a picture regardless of the format and size asked for: the host and path of its address
     * ({@code mmbiz.qpic.cn/mmbiz_png/<id>/0}); the query only says how to deliver it.
     */
    public static String address(String url) {
        String noFragment = url.split("#", 2)[0];
        String rest = noFragment.split("\\?", 2)[0].replaceFirst("(?i)^https?://", "");
        int slash = rest.indexOf('/');
        return slash < 0 ? rest.toLowerCase(Locale.ROOT)
                : rest.substring(0, slash).toLowerCase(Locale.ROOT) + rest.substring(slash);
    }

    /** Every absolute URL the image may have been loaded from, most likely first. */
    public static Stream<String> candidates(Element img) {
        return Stream.of("src", "data-src", "data-original")
                .map(img::absUrl)
                .filter(url -> !url.isEmpty() && !url.startsWith("data:"))
                .distinct();
    }
}
