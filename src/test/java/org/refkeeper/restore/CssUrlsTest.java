package org.refkeeper.restore;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CssUrlsTest {
    private static final Map<String, String> LOCAL = Map.of("a.png", "a-1.png", "b.png", "b-2.png",
            "/fonts/c.woff2", "c-3.woff2", "d.css", "d-4.css", "https://cdn.example/e.css", "e-5.css");

    private static String rewrite(String css) {
        return CssUrls.rewrite(css, ref -> Optional.ofNullable(LOCAL.get(ref)));
    }

    @Test
    void everySpellingOfUrlIsRewritten() {
        assertEquals("x{background:url(\"a-1.png\")} y{background:url(\"b-2.png\")}"
                        + " @font-face{src:url(\"c-3.woff2\") format('woff2')}",
                rewrite("x{background:url(a.png)} y{background:URL( 'b.png' )}"
                        + " @font-face{src:url(\"/fonts/c.woff2\") format('woff2')}"));
    }

    @Test
    void importsAreRewrittenInBothForms() {
        assertEquals("@import \"d-4.css\"; @import url(\"e-5.css\") screen;",
                rewrite("@import 'd.css'; @import url(https://cdn.example/e.css) screen;"));
    }

    @Test
    void whatTheCaptureLacksLoadsNothingAndInlineDataStays() {
        String data = "url(data:image/png;base64,iVBORw0KGgo=)";
        assertEquals("a{background:url(\"" + CssUrls.NOTHING + "\")} b{background:" + data + "} c{filter:url(#blur)}",
                rewrite("a{background:url(https://tracker.example/pixel.gif)} b{background:" + data + "} c{filter:url(#blur)}"));
    }

    @Test
    void imageSetStringsAreAddressesToo() {
        assertEquals("a{background:image-set(url(\"a-1.png\") 1x, url(\"b-2.png\") type(\"image/png\") 2x)}"
                        + " b{background:-webkit-image-set(url(\"" + CssUrls.NOTHING + "\") 1x)} c{content:\"a.png\"}",
                rewrite("a{background:image-set(\"a.png\" 1x, url(b.png) type(\"image/png\") 2x)}"
                        + " b{background:-webkit-image-set('https://tracker.example/x.png' 1x)} c{content:\"a.png\"}"));
    }
}
