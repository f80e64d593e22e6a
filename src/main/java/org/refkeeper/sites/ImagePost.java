package org.refkeeper.sites;

import org.refkeeper.content.Markdown;
import java.util.List;
import java.util.Optional;

/**
 * A WeChat image post (图片分享) as its own data describes it: the caption and every picture, in order. WeChat
 * shows them in a swiper its scripts build, which an offline copy cannot run; restore shows them as a gallery.
 *
 * @param caption  the caption, paragraphs separated by blank lines
 * @param pictures the pictures' addresses, in the post's order
 */
public record ImagePost(String caption, List<String> pictures) {
    public ImagePost {
        pictures = List.copyOf(pictures);
    }

    /** The image post a page is, read with the built-in rule of its site; empty for any other page. */
    public static Optional<ImagePost> of(String html, String url) {
        SiteRule rule = SiteRules.builtIn().ruleFor(url);
        if (!rule.reader().equals(Optional.of("wechat"))) {
            return Optional.empty();
        }
        Page page = new Page(html, url, rule);
        if (WeChatReader.kind(page) != WeChatReader.IMAGE) {
            return Optional.empty();
        }
        List<String> pictures = WeChatReader.pictures(page);
        String caption = WeChatReader.caption(page).map(Markdown::of).orElse("");
        return pictures.isEmpty() && caption.isBlank() ? Optional.empty() : Optional.of(new ImagePost(caption, pictures));
    }
}
