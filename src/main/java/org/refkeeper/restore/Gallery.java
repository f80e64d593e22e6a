package org.refkeeper.restore;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.refkeeper.sites.ImagePost;

/**
 * An image post restored as a page a reader can read offline: its caption, then every picture at full width, in
 * the post's order, in place of the swiper WeChat's scripts would have built (and that shows at most one
 * picture, or none, without them).
 */
final class Gallery {
    static final String ID = "refkeeper-gallery";
    private static final String STYLE = "max-width: 677px; margin: 0 auto; padding: 16px; font-size: 17px; "
            + "line-height: 1.7; color: #222; background: #fff";

    private Gallery() {
    }

    /** Replaces an image post's swiper with a gallery; any other page is left as it is. */
    static void add(Document doc, String pageUrl) {
        boolean mayBe = doc.body().hasClass("page_share_img")
                || doc.select("script").stream().anyMatch(s -> s.data().contains("picture_page_info_list"));
        if (!mayBe) {
            return;
        }
        ImagePost.of(doc.outerHtml(), pageUrl).ifPresent(post -> {
            Element gallery = doc.createElement("section").id(ID).attr("style", STYLE);
            for (String paragraph : post.caption().split("\n\n")) {
                if (!paragraph.isBlank()) {
                    Element p = gallery.appendElement("p");
                    String[] lines = paragraph.split("\n");
                    for (int i = 0; i < lines.length; i++) {
                        if (i > 0) {
                            p.appendElement("br");
                        }
                        p.appendText(lines[i]);
                    }
                }
            }
            for (String picture : post.pictures()) {
                gallery.appendElement("figure").attr("style", "margin: 16px 0")
                        .appendElement("img").attr("src", picture).attr("alt", "")
                        .attr("style", "display: block; width: 100%; height: auto");
            }
            doc.select("#js_share_content_page_hd, .share_content_page_hd, #img_swiper_placeholder").remove();
            Element where = doc.getElementById("js_article");
            (where != null ? where : doc.body()).prependChild(gallery);
        });
    }
}
