package org.refkeeper.testing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The small site that every tool's file in the import tests holds: two articles that share a style sheet and a
 * picture, A linking to B. Each tool writes it its own way; restored, each page must come back with both.
 */
public final class ToolSite {
    public static final Instant T = Instant.parse("2019-08-15T01:02:03Z");
    public static final String A = "https://www.example.org/a";
    public static final String B = "https://www.example.org/b";
    public static final String CSS = "https://www.example.org/style.css";
    public static final String LOGO = "https://www.example.org/logo.png";
    public static final byte[] CSS_BYTES = "article { color: #333 }".getBytes(StandardCharsets.UTF_8);
    public static final byte[] LOGO_BYTES = TestCaptures.LOGO_PNG;

    private ToolSite() {
    }

    /** What the page called {@code name} says, enough to be an article. */
    public static String text(String name) {
        return ("This is page " + name + " of a small site that a tool archived; it says enough to be an "
                + "article with a main text. ").repeat(4);
    }

    /** Page {@code name}, using {@code css} and {@code logo} as its markup names them, linking to {@code link}. */
    public static byte[] html(String name, String css, String logo, String link) {
        return Habits.article("Page " + name, text(name) + "<a href=\"" + link + "\">next</a>", css, logo);
    }

    /** A, its sheet and picture, then B, in the order a crawler fetches them. */
    public static List<Habits.Page> pages(String versionOfA) {
        return List.of(Habits.Page.html(A, html(versionOfA, "style.css", "logo.png", "b")),
                Habits.Page.of(CSS, "text/css", CSS_BYTES), Habits.Page.of(LOGO, "image/png", LOGO_BYTES),
                Habits.Page.html(B, html("b", "/style.css", "/logo.png", "/a")));
    }

    /** What each page uses, as the restored copy must hold it: name, bytes. */
    public static Map<String, byte[]> resources() {
        Map<String, byte[]> used = new LinkedHashMap<>();
        used.put("the style sheet", CSS_BYTES);
        used.put("the picture", LOGO_BYTES);
        return used;
    }
}
