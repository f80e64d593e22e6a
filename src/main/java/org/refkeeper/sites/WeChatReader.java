package org.refkeeper.sites;

import org.refkeeper.content.Images;
import org.refkeeper.content.Markdown;
import org.refkeeper.content.Text;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The kinds of post mp.weixin.qq.com serves at {@code /s/...}, told apart by the page's own
 * {@code item_show_type}: an image post (8) is its caption and pictures, a text post (10) its text, a video,
 * music or audio post (5, 6, 7) its description and poster; an article share is the sharer's words and the shared
 * article ({@link WeChatShare}); an album (合集) is its articles' titles. Each is read from the page as rendered and, where the DOM lacks it (WeChat's
 * scripts did not run), from the data the page carries in its scripts. Articles (0) are left to the rule's
 * content selectors ({@code #js_content}).
 */
final class WeChatReader implements PageReader {
    private static final int VIDEO = 5;
    private static final int MUSIC = 6;
    private static final int AUDIO = 7;
    static final int IMAGE = 8;
    private static final int TEXT = 10;

    @Override
    public Optional<Reading> read(Page page) {
        return switch (kind(page)) {
            case IMAGE -> image(page);
            case TEXT -> text(page);
            case VIDEO, MUSIC, AUDIO -> media(page);
            default -> WeChatShare.read(page).or(() -> album(page));
        };
    }

    /** An album (合集, {@code /mp/appmsgalbum}): its name, then its articles' titles in the album's order. */
    private static Optional<Reading> album(Page page) {
        Element list = page.doc().selectFirst(".album__list");
        if (list == null || !Page.hasContent(list)) {
            return Optional.empty();
        }
        Optional<String> name = page.first(List.of(".album__label-title"));
        return Optional.of(new Reading(list, "", Optional.empty(), name, Optional.empty(), false));
    }

    /** The post's {@code item_show_type}; from the DOM's marks where the page carries no data; -1 if unknown. */
    static int kind(Page page) {
        ScriptData data = page.scripts();
        Optional<Integer> declared = Stream.of("window.item_show_type", "real_item_show_type", "item_show_type")
                .map(data::string).flatMap(Optional::stream).map(String::strip)
                .filter(v -> v.matches("\\d{1,3}")).map(Integer::valueOf).findFirst();
        if (declared.isPresent()) {
            return declared.get();
        }
        Document doc = page.doc();
        String body = doc.body().className();
        if (body.contains("page_share_img") || doc.getElementById("js_image_desc") != null) {
            return IMAGE;
        }
        if (body.contains("page_share_text") || doc.getElementById("js_text_desc") != null) {
            return TEXT;
        }
        if (body.contains("page_share_audio")) {
            return AUDIO;
        }
        return body.contains("page_share_video") ? VIDEO : body.contains("page_share_music") ? MUSIC : -1;
    }

    /** An image post: the caption, then every picture in the order of the page's own list. */
    private static Optional<Reading> image(Page page) {
        List<String> pictures = pictures(page);
        // the description alone (og:description) is no post: a notice page may carry one
        Optional<Element> caption = pictures.isEmpty() ? ownCaption(page) : caption(page);
        if (caption.isEmpty() && pictures.isEmpty()) {
            return Optional.empty();
        }
        Element main = page.doc().createElement("div");
        caption.ifPresent(c -> main.appendChild(c.clone()));
        pictures.forEach(url -> main.appendElement("img").attr("src", url));
        return Optional.of(post(page, main, caption.map(WeChatReader::lines).orElse("")));
    }

    /** An image post's caption: as shown, else from the page's data, else its description. */
    static Optional<Element> caption(Page page) {
        return ownCaption(page).or(() -> page.first(List.of("meta[property=og:description]"))
                .map(ScriptData::decode).map(t -> paragraphs(page.doc(), t)));
    }

    private static Optional<Element> ownCaption(Page page) {
        return shown(page, "#js_image_desc").or(() -> text(page.scripts(), "content_noencode", "window.desc")
                .map(t -> paragraphs(page.doc(), t)));
    }

    /** A text post: its text alone, without the account, date and read count around it. */
    private static Optional<Reading> text(Page page) {
        ScriptData data = page.scripts();
        Optional<Element> text = shown(page, "#js_text_desc")
                .or(() -> data.object("text_page_info").flatMap(o -> o.own("content_noencode").or(() -> o.own("content")))
                        .or(() -> text(data, "content_noencode", "TextContentNoEncode", "ContentNoEncode"))
                        .map(t -> paragraphs(page.doc(), t)));
        if (text.isEmpty()) {
            return Optional.empty();
        }
        boolean titled = data.object("text_page_info").flatMap(o -> o.own("is_user_title")).equals(Optional.of("1"));
        Optional<String> own = page.first(List.of("#js_text_title"))
                .or(() -> titled ? Optional.of(page.rawTitle()) : Optional.empty())
                .filter(t -> !t.isBlank() && !Titles.isText(t));
        String title = own.map(t -> Titles.clean(t, page.rule().badges()))
                .orElseGet(() -> Titles.firstLine(lines(text.get())));
        return Optional.of(new Reading(text.get(), "", Optional.empty(), Optional.of(title), Optional.empty(), false));
    }

    /** A video, music or audio post: its description and the poster the post shows before it plays. */
    private static Optional<Reading> media(Page page) {
        ScriptData data = page.scripts();
        Optional<Element> description = shown(page, "#js_common_share_desc").or(() -> shown(page, "#js_audio_desc"))
                .or(() -> text(data, "content_noencode", "window.desc").map(t -> paragraphs(page.doc(), t)));
        Optional<String> poster = data.object("cgiDataNew").flatMap(o -> o.own("cdn_url"))
                .or(() -> data.string("window.cdn_url"))
                .or(() -> description.isPresent() ? page.first(List.of("meta[property=og:image]")) : Optional.empty())
                .filter(u -> u.startsWith("http"));
        if (description.isEmpty() && poster.isEmpty()) {
            return Optional.empty();
        }
        Element main = page.doc().createElement("div");
        description.ifPresent(d -> main.appendChild(d.clone()));
        poster.ifPresent(url -> main.appendElement("img").attr("src", url).attr("alt", "poster"));
        return Optional.of(post(page, main, description.map(WeChatReader::lines).orElse("")));
    }

    /** A post whose title is the page's, unless that is the whole text again: then its first line. */
    private static Reading post(Page page, Element main, String text) {
        String title = Titles.isText(page.rawTitle()) || page.title().isBlank() ? Titles.firstLine(text) : page.title();
        return new Reading(main, "", Optional.empty(), Optional.of(title).filter(t -> !t.isBlank()),
                Optional.empty(), true);
    }

    /**
     * The pictures of an image post: the page's own list ({@code picture_page_info_list}), in its order; where
     * the page has none, the pictures its rendered gallery shows. Each picture once.
     */
    static List<String> pictures(Page page) {
        Map<String, String> byAddress = new LinkedHashMap<>();
        for (ScriptData entry : page.scripts().objects("picture_page_info_list")) {
            entry.own("cdn_url").filter(u -> u.startsWith("http")).ifPresent(u -> byAddress.putIfAbsent(Images.address(u), u));
        }
        if (byAddress.isEmpty()) {
            for (Element img : page.doc().select("#img_list img, .share_media_swiper img, .swiper_item img, #js_image_desc img")) {
                if (img.closest("#js_image_desc") == null) {
                    Images.source(img).ifPresent(u -> byAddress.putIfAbsent(Images.address(u), u));
                }
            }
        }
        return new ArrayList<>(byAddress.values());
    }

    /**
     * The text the post shows in this element, when WeChat's scripts filled it, as paragraphs: the same Markdown
     * as when it is read from the page's data.
     */
    private static Optional<Element> shown(Page page, String selector) {
        return Optional.ofNullable(page.doc().selectFirst(selector)).filter(e -> !e.text().isBlank())
                .map(e -> paragraphs(page.doc(), lineText(e)));
    }

    /** An element's text with its line breaks ({@code <br>}, blocks) as newlines. */
    static String lineText(Element e) {
        Element copy = e.clone();
        copy.select("br").forEach(br -> br.replaceWith(new TextNode("\n")));
        copy.select("p, div, li, section").forEach(block -> block.appendText("\n\n"));
        return copy.wholeText().replaceAll("[\\t\\x0B\\f\\r ]+", " ").replace('\u00a0', ' ');
    }

    private static Optional<String> text(ScriptData data, String... keys) {
        return Stream.of(keys).map(data::string).flatMap(Optional::stream).findFirst();
    }

    /** Text with a paragraph per blank-line-separated block, a line break per single newline. */
    static Element paragraphs(Document doc, String text) {
        Element div = doc.createElement("div");
        for (String block : text.strip().split("\\n\\s*\\n")) {
            Element p = div.appendElement("p");
            String[] lines = block.strip().split("\\n");
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    p.appendElement("br");
                }
                p.appendText(lines[i].strip());
            }
        }
        return div;
    }

    /** The text of an element with its line breaks, for finding its first line. */
    private static String lines(Element e) {
        return Markdown.of(e);
    }
}
