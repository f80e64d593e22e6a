package org.refkeeper.restore;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.regex.Pattern;

/**
 * Gives every picture its real size back. WeChat's inline script sizes a lazy image before it loads with a
 * placeholder style ({@code height: 0 !important; padding-bottom: N%}: an empty box of the picture's shape)
 * and keeps the image's own style in {@code data-original-style}; its lazy loader, which offline never runs,
 * puts that back once the picture is in. Restore puts it back here, so that no picture stays zero high.
 */
final class LazyImageStyles {
    private static final String ORIGINAL = "data-original-style";
    private static final Pattern ZERO_HEIGHT = Pattern.compile(
            "(?i)(?:^|;)\\s*height\\s*:\\s*0(?:px)?\\s*!\\s*important\\s*(?=;|$)");
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "(?i)(?:^|;)\\s*(?:height\\s*:\\s*0(?:px)?\\s*!\\s*important|padding-bottom\\s*:\\s*[\\d.]+%|"
                    + "visibility\\s*:\\s*hidden)\\s*(?=;|$)");
    private static final String PLACEHOLDER_CLASSES = "js_img_placeholder wx_img_placeholder img_loading";

    private LazyImageStyles() {
    }

    static void restore(Document doc) {
        for (Element img : doc.select("img")) {
            if (img.hasAttr(ORIGINAL)) {
                img.attr("style", img.attr(ORIGINAL));
                img.removeAttr(ORIGINAL);
            } else if (ZERO_HEIGHT.matcher(img.attr("style")).find()) {
                img.attr("style", PLACEHOLDER.matcher(img.attr("style")).replaceAll("").replaceFirst("^\\s*;", "").strip());
            }
            for (String c : PLACEHOLDER_CLASSES.split(" ")) {
                img.removeClass(c);
            }
        }
    }
}
