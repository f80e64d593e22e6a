package org.refkeeper.bench;

import java.util.concurrent.ThreadLocalRandom;

/**
 * The HTML of the corpus's three kinds of page. Each carries noise that differs on every request (read and
 * vote counts, visits, nonces), so that a rerun sees pages that changed only where the site rules ignore it.
 */
final class CorpusPages {
    static final int WECHAT_IMAGES = 4;
    private static final String TINY_GIF =
            "data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==";
    private static final String PARAGRAPH = "模型压缩与加速的一段说明文字，篇幅和真实的公众号文章相仿，读者要向下滚动很久才能读完。";

    private CorpusPages() {
    }

    /**
     * A WeChat article: text hidden until a script shows it; pictures only in data-src, swapped in by a script
     * when the reader scrolls near them (one shows a transparent GIF until then); comments fetched by a POST once
     * the end of the article is in view.
     */
    static String wechat(int n, String title, String imageBase) {
        StringBuilder body = new StringBuilder();
        for (int p = 0; p < 24; p++) {
            body.append("<p>第").append(n).append("篇第").append(p + 1).append("段：").append(PARAGRAPH.repeat(3)).append("</p>\n");
            if (p % 6 == 5) {
                int k = p / 6;
                String src = k == WECHAT_IMAGES - 1 ? " src=\"" + TINY_GIF + "\"" : "";
                body.append("<p><img class=\"rich_pages wxw-img\" data-src=\"").append(imageBase).append(k)
                        .append("/640?wx_fmt=jpeg&amp;from=appmsg\" data-ratio=\"0.5625\" data-w=\"800\"")
                        .append(src).append(" width=\"800\" height=\"450\"></p>\n");
            }
        }
        ThreadLocalRandom noise = ThreadLocalRandom.current();
        return """
                <!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width,initial-scale=1"><title>%1$s</title>
                <meta property="og:title" content="%1$s">
                <style>body{font-family:"Noto Sans CJK SC",sans-serif;max-width:680px;margin:0 auto;padding:20px}
                #js_content p{line-height:1.8;font-size:17px}#js_content img{width:100%%;height:auto;display:block}</style>
                </head><body>
                <h1 class="rich_media_title" id="activity-name">%1$s</h1>
                <div class="rich_media_meta_list"><a id="js_name" href="#">公众号%2$d</a> <em id="publish_time">2026-11-%3$02d</em></div>
                <div class="rich_media_content" id="js_content" style="visibility: hidden; opacity: 0;">
                %4$s</div>
                <div id="js_read_area3">阅读 %5$d · 在看 %6$d</div>
                <div id="js_cmt_area"></div><div id="js_end" style="height:10px"></div>
                <script>
                  var nonce = '%7$x', appmsg_token = '%8$x';
                  var content = document.getElementById('js_content');
                  content.style.visibility = 'visible';
                  content.style.opacity = '1';
                  var lazy = new IntersectionObserver(function (entries) {
                    entries.forEach(function (e) {
                      if (!e.isIntersecting) return;
                      e.target.src = e.target.getAttribute('data-src');
                      lazy.unobserve(e.target);
                    });
                  }, {rootMargin: '200px 0px'});
                  document.querySelectorAll('img[data-src]').forEach(function (img) { lazy.observe(img); });
                  new IntersectionObserver(function (entries, observer) {
                    if (!entries.some(function (e) { return e.isIntersecting; })) return;
                    observer.disconnect();
                    fetch('/mp/appmsg_comment?action=getcomment&idx=1&nonce=' + nonce, {method: 'POST', body: 'offset=0&limit=10'})
                      .then(function (r) { return r.json(); })
                      .then(function (d) { document.getElementById('js_cmt_area').textContent = d.comment; });
                  }).observe(document.getElementById('js_end'));
                </script>
                </body></html>
                """.formatted(title, n % 7, 1 + n % 28, body, noise.nextInt(1000, 100000), noise.nextInt(1, 999),
                noise.nextLong(), noise.nextLong());
    }

    /** A Zhihu column article: an empty shell that a shared script renders from inline JSON, with two pictures. */
    static String zhihu(int n, String title, String imageBase) {
        StringBuilder paragraphs = new StringBuilder();
        for (int p = 0; p < 10; p++) {
            paragraphs.append(p == 0 ? "" : ",").append("\"第").append(p + 1).append("段：")
                    .append("链接腐烂和内容漂移的又一个例子，这一段由脚本从内嵌的数据里渲染出来。".repeat(3)).append('"');
        }
        ThreadLocalRandom noise = ThreadLocalRandom.current();
        return """
                <!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>%1$s - 知乎</title>
                <meta property="og:title" content="%1$s">
                <style>body{font-family:"Noto Sans CJK SC",sans-serif;max-width:690px;margin:0 auto;padding:24px}
                .Post-RichText p{line-height:1.7}.Post-RichText img{width:100%%;height:auto}</style>
                </head><body><div id="root">正在加载…</div>
                <script id="js-initialData" type="text/json">
                {"article": {"title": "%1$s", "author": "作者%2$d", "paragraphs": [%3$s],
                 "images": ["%4$s0_720w.jpg", "%4$s1_720w.jpg"], "voteup": %5$d, "nonce": "%6$x"}}
                </script>
                <script src="https://static.zhihu.com/heifetz/main.app.js"></script>
                </body></html>
                """.formatted(title, n % 11, paragraphs, imageBase, noise.nextInt(1, 20000), noise.nextLong());
    }

    /** The shared script that renders every Zhihu-like page. */
    static String zhihuScript() {
        return """
                (function () {
                  var data = JSON.parse(document.getElementById('js-initialData').textContent).article;
                  var html = '<article class="Post-Main"><h1 class="Post-Title">' + data.title + '</h1>'
                    + '<div class="AuthorInfo"><span class="AuthorInfo-name">' + data.author + '</span></div>'
                    + '<div class="Post-RichText">';
                  data.paragraphs.forEach(function (p, i) {
                    html += '<p>' + p + '</p>';
                    if (i === 3 || i === 7) html += '<figure><img src="' + data.images[i === 3 ? 0 : 1] + '" width="800" height="450"></figure>';
                  });
                  html += '</div><div class="ContentItem-actions">赞同 ' + data.voteup + ' · 评论</div></article>';
                  document.getElementById('root').innerHTML = html;
                })();
                """;
    }

    /** A blog post, sent gzipped, with a style sheet and a natively lazy picture near its end. */
    static String blog(int n, String title, String image) {
        StringBuilder paragraphs = new StringBuilder();
        for (int p = 0; p < 20; p++) {
            paragraphs.append("<p>Paragraph ").append(p + 1).append(" of post ").append(n).append(": ")
                    .append("Every note that cites a web page makes a promise it cannot keep on its own. ".repeat(4))
                    .append("</p>\n");
        }
        return """
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%1$s</title>
                <link rel="stylesheet" href="/style.css"></head><body>
                <nav><a href="/">Home</a> · <a href="/about">About</a></nav>
                <main><article><h1>%1$s</h1>
                %2$s<p><img src="%3$s" loading="lazy" width="800" height="450" alt="figure"></p>
                </article></main>
                <footer>Posted 2026-11-%4$02d · <span class="visits">%5$d</span> visits</footer>
                </body></html>
                """.formatted(title, paragraphs, image, 1 + n % 28, ThreadLocalRandom.current().nextInt(10, 5000));
    }

    static String blogStyle() {
        return "body{font-family:Georgia,serif;max-width:40em;margin:2em auto;line-height:1.6}nav,footer{color:#777}"
                + "img{max-width:100%;height:auto}";
    }
}
