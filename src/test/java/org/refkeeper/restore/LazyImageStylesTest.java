package org.refkeeper.restore;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class LazyImageStylesTest {
    @Test
    void thePicturesOwnStyleComesBack() {
        Document doc = Jsoup.parse("<img class=\"rich_pages js_img_placeholder wx_img_placeholder\" "
                + "data-original-style=\"max-width: 100%; border-radius: 4px;\" "
                + "style=\"max-width: 100%; padding-bottom: 56.25%; width: 1080px !important; height: 0px !important;\">");

        LazyImageStyles.restore(doc);

        Element img = doc.selectFirst("img");
        assertEquals("max-width: 100%; border-radius: 4px;", img.attr("style"));
        assertEquals("rich_pages", img.className());
        assertFalse(img.hasAttr("data-original-style"));
    }

    @Test
    void withoutItThePlaceholderDeclarationsGoAndTheRestStays() {
        Document doc = Jsoup.parse("<img style=\"display: block; height: 0 !important; padding-bottom: 75%; "
                + "visibility: hidden; margin: 0 auto\"><img style=\"height: 0; padding-bottom: 10px\">");

        LazyImageStyles.restore(doc);

        assertEquals("display: block; margin: 0 auto", doc.select("img").get(0).attr("style"));
        assertEquals("height: 0; padding-bottom: 10px", doc.select("img").get(1).attr("style"),
                "no placeholder: a page's own zero height is its business");
    }
}
