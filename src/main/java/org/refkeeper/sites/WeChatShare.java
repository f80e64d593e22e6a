package org.refkeeper.sites;

import org.refkeeper.content.Markdown;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A WeChat article share (文章分享): an account passes on another account's article with words of its own.
 * Its main content is those words, then the shared article's title and address; its account and excerpt
 * follow, kept in the main text but not compared (they are the shared article's, not the share's). WeChat
 * writes the words and the excerpt into the page with inline scripts; where they did not run, the words are
 * read from the script and the excerpt from the shared article's template ({@code script#content_tpl}).
 */
final class WeChatShare {
    private static final Pattern WORDS = Pattern.compile(
            "js_share_notice['\"]\\)\\.innerHTML\\s*=\\s*(['\"])((?:\\\\.|(?!\\1)[^\\\\\\n])*)\\1");
    /** As long as WeChat's own excerpt of the shared article. */
    private static final int EXCERPT = 140;

    private WeChatShare() {
    }

    static Optional<Reading> read(Page page) {
        Document doc = page.doc();
        Element card = doc.getElementById("js_share_content");
        Element notice = doc.getElementById("js_share_notice");
        if (card == null && notice == null) {
            return Optional.empty();
        }
        Optional<Element> words = Optional.ofNullable(notice).filter(n -> !n.text().isBlank())
                .map(n -> WeChatReader.paragraphs(doc, WeChatReader.lineText(n)))
                .or(() -> page.scripts().assigned(WORDS).map(w -> WeChatReader.paragraphs(doc, w)));
        Optional<String> title = page.first(List.of("#original_panel_title", ".original_panel_title"))
                .or(() -> page.scripts().string("source_title"));
        Optional<String> account = page.first(List.of("#js_share_author", ".original_account_nickname"));
        Optional<Element> excerpt = Optional.ofNullable(card)
                .map(c -> c.selectFirst("#js_content, .original_panel_content"))
                .filter(e -> !e.text().isBlank()).map(e -> WeChatReader.paragraphs(doc, WeChatReader.lineText(e)))
                .or(() -> page.script("content_tpl").map(WeChatShare::excerpt).filter(e -> !e.isBlank())
                        .map(e -> WeChatReader.paragraphs(doc, e)));
        Optional<String> link = Optional.ofNullable(doc.selectFirst("#js_share_source[data-url], .original_panel_tool [data-url]"))
                .map(e -> e.absUrl("data-url")).filter(u -> !u.isEmpty()).map(u -> u.replaceFirst("#.*$", ""));
        if (words.isEmpty() && title.isEmpty() && excerpt.isEmpty()) {
            return Optional.empty();
        }
        Element main = doc.createElement("div");
        words.ifPresent(main::appendChild);
        Element shared = main.appendElement("blockquote");
        title.ifPresent(t -> shared.appendElement("p").text(t));
        link.ifPresent(l -> shared.appendElement("p").text(l));
        // The excerpt is the shared article's text, not the share's: shown, but an edit of that article (or
        // WeChat cutting it elsewhere) is no change of the share.
        Element opening = doc.createElement("blockquote");
        account.ifPresent(a -> opening.appendElement("p").text(a));
        excerpt.ifPresent(opening::appendChild);
        return Optional.of(new Reading(main, "", Optional.of(opening).filter(Page::hasContent), Optional.empty(),
                Optional.empty(), false));
    }

    /** The shared article's opening, as WeChat cuts it: pictures as [图片], the first 140 characters. */
    private static String excerpt(String template) {
        Document article = Jsoup.parseBodyFragment(template);
        article.select("img").forEach(img -> img.replaceWith(new Element("p").text("[图片]")));
        article.select("script, style").remove();
        String text = Markdown.of(article.body()).replaceAll("\n{2,}", "\n").strip();
        return text.length() > EXCERPT ? text.substring(0, EXCERPT) + "..." : text;
    }
}
