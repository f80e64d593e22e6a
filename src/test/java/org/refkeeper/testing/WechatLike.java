package org.refkeeper.testing;

import org.refkeeper.demo.LocalSite;
import org.refkeeper.demo.SiteRequest;
import org.refkeeper.demo.SiteResponse;

import java.awt.Color;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A page built like a WeChat article: the text hidden until a script shows it, images only in data-src
 * and far down the page, on an image host that answers other sites' pages with a placeholder, and a
 * comment section that a POST fetches once the reader scrolls to the end.
 */
public final class WechatLike {
    public static final String ARTICLE = "https://mp.weixin.qq.com/s/LocalTestArticle0001";
    public static final String COMMENTS = "https://mp.weixin.qq.com/mp/appmsg_comment";
    public static final String COMMENTS_QUERY = "action=getcomment&__biz=MzA5&idx=1";
    public static final String COMMENT_TEXT = "写得真好，收藏了";
    public static final String INTRO = "这是一篇本地测试文章，正文要等脚本运行后才显示。";
    public static final List<String> IMAGES = IntStream.rangeClosed(1, 3)
            .mapToObj(i -> "https://mmbiz.qpic.cn/mmbiz_png/localtest" + i + "/640?wx_fmt=png&from=appmsg")
            .toList();
    public static final byte[] PLACEHOLDER = Pngs.solid(120, 40, Color.LIGHT_GRAY);

    private static final String TINY_GIF =
            "data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==";

    private WechatLike() {
    }

    /** The real picture behind {@code IMAGES.get(index)}: each a different size and colour. */
    public static byte[] image(int index) {
        return Pngs.solid(200 + 10 * index, 150, new Color(40 * index, 120, 200 - 40 * index));
    }

    static void addTo(LocalSite site) {
        site.route("mp.weixin.qq.com", path(ARTICLE), SiteResponse.html(article()));
        site.route("mp.weixin.qq.com", path(COMMENTS), request -> request.method().equals("POST")
                ? SiteResponse.of(200, "application/json",
                        ("{\"comment\":\"" + COMMENT_TEXT + "\"}").getBytes(StandardCharsets.UTF_8))
                : SiteResponse.status(405, "POST only"));
        for (int i = 0; i < IMAGES.size(); i++) {
            byte[] real = image(i);
            site.route("mmbiz.qpic.cn", path(IMAGES.get(i)), request -> fromWechat(request)
                    ? SiteResponse.of(200, "image/png", real)
                    : SiteResponse.of(200, "image/png", PLACEHOLDER));
        }
    }

    /** mmbiz.qpic.cn's hotlink rule: only pages on mp.weixin.qq.com get the picture. */
    private static boolean fromWechat(SiteRequest request) {
        return request.referer().filter(r -> r.startsWith("https://mp.weixin.qq.com/")).isPresent();
    }

    private static String article() {
        String images = IntStream.range(0, IMAGES.size())
                .mapToObj(i -> "<p style=\"height:1400px\">一段很长的正文。</p>\n" + imageTag(i))
                .collect(Collectors.joining());
        return """
                <!DOCTYPE html><html><head><meta charset="utf-8"><title>本地测试文章</title></head><body>
                <h1 id="activity-name">本地测试文章</h1>
                <div id="js_content" style="visibility: hidden; opacity: 0;">
                <p>%s</p>
                %s</div>
                <div id="comments"></div>
                <div id="end" style="height:10px"></div>
                <script>
                  const content = document.getElementById('js_content');
                  content.style.visibility = 'visible';
                  content.style.opacity = '1';
                  new IntersectionObserver((entries, observer) => {
                    if (!entries.some(e => e.isIntersecting)) return;
                    observer.disconnect();
                    fetch('/mp/appmsg_comment?%s', {method: 'POST', body: 'offset=0&limit=10'})
                      .then(r => r.json())
                      .then(d => { document.getElementById('comments').textContent = d.comment; });
                  }).observe(document.getElementById('end'));
                </script>
                </body></html>
                """.formatted(INTRO, images, COMMENTS_QUERY);
    }

    /** The last image shows a transparent GIF until its script would swap it, as WeChat's sometimes do. */
    private static String imageTag(int index) {
        String src = index == IMAGES.size() - 1 ? " src=\"" + TINY_GIF + "\"" : "";
        return "<img class=\"rich_pages wxw-img\" data-src=\"" + IMAGES.get(index).replace("&", "&amp;") + "\""
                + src + ">\n";
    }

    private static String path(String url) {
        return URI.create(url).getRawPath();
    }
}
