package org.refkeeper.restore;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Style sheets, srcset attributes, styles and addresses of 100,000 characters shaped to make a regular expression
 * backtrack or recurse: each is rewritten, and in time to notice. The timeout only stops a rewrite that would hang
 * the suite; it is no speed target.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class HugeInputTest {
    private static final int N = 100_000;

    @Test
    void styleSheets() {
        assertEquals("url(" + " ".repeat(N) + "x", CssUrls.rewrite("url(" + " ".repeat(N) + "x", ref -> Optional.of("y")));
        String unclosed = "url(\"".repeat(N / 5);
        assertEquals(unclosed, CssUrls.rewrite(unclosed, ref -> Optional.of("y")));
        String nested = "url(".repeat(N / 4);
        assertEquals(nested, CssUrls.rewrite(nested, ref -> Optional.of("y")));
        String many = "a{background:url(a.png)}".repeat(N / 24);
        assertEquals("a{background:url(\"b\")}".repeat(N / 24), CssUrls.rewrite(many, ref -> Optional.of("b")));
        String big = "url(\"data:font/woff2;base64," + "A".repeat(N) + "\")";
        assertEquals(big, CssUrls.rewrite(big, ref -> Optional.of("never")), "inline data stays");
        assertEquals("@import \"d\";" + "@import ".repeat(N / 8), CssUrls.rewrite("@import 'c';" + "@import ".repeat(N / 8),
                ref -> Optional.of("d")));
    }

    @Test
    void srcsets() {
        assertEquals(Optional.of("z 1x"), Srcset.rewrite(",".repeat(N) + "a.png 1x", ref -> Optional.of("z")));
        assertEquals(Optional.of("z"), Srcset.rewrite("a.png" + ",".repeat(N), ref -> Optional.of("z")));
        assertEquals(N / 8, Srcset.rewrite("a.png 1x,".repeat(N / 8), ref -> Optional.of("z")).orElseThrow()
                .split(", ").length);
        assertEquals(Optional.of("z " + "1".repeat(N) + "x"), Srcset.rewrite("a " + "1".repeat(N) + "x", ref -> Optional.of("z")));
    }

    @Test
    void fileNames() {
        for (String url : new String[] {"https://x/" + "a".repeat(N), "https://x/" + "-".repeat(N) + "a",
                "https://x/" + "%2F".repeat(N / 3), "https://" + "x".repeat(N) + "/", "https://x/" + "a/".repeat(N / 2),
                "https://x/" + ".".repeat(N) + "png", "https://x/" + "路".repeat(N) + ".png", ":".repeat(N)}) {
            String name = SafeName.of(url, "image/png");
            assertTrue(name.matches("[A-Za-z0-9_-]{1,64}\\.png"), name);
            String file = SafeName.ofFile(url.substring(url.lastIndexOf('/') + 1), "application/pdf");
            assertTrue(file.matches("[A-Za-z0-9_-]{1,64}\\.[a-z0-9]{1,8}"), file);
        }
    }

    @Test
    void hiddenStyles() {
        Document doc = Jsoup.parse("<body style=\"opacity:" + " ".repeat(N) + "x; visibility:" + " ".repeat(N)
                + "hidden" + " ".repeat(N) + "!" + " ".repeat(N) + "y\"><p>text</p></body>");
        Reveal.hiddenContent(doc, "https://example.org/");
        assertTrue(doc.body().attr("style").startsWith("opacity:"), "what hides nothing stays");
        Document hidden = Jsoup.parse("<body style=\"" + "opacity: 0; ".repeat(N / 12) + "color: red\"></body>");
        Reveal.hiddenContent(hidden, "https://example.org/");
        assertEquals("color: red", hidden.body().attr("style"));
    }
}
