package org.refkeeper.verdict;

import java.util.List;

/** Synthetic mp.weixin.qq.com articles shaped like the real ones, for varying one thing at a time. */
final class WeChatPages {
    static final String URL = "https://mp.weixin.qq.com/s/Synthetic00000000000000";

    private WeChatPages() {
    }

    /** {@code n} distinct paragraphs of ordinary article text, long enough for a page that is not a notice. */
    static String paragraphs(int n) {
        StringBuilder html = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            html.append("<p>第").append(i).append("段：我们在排查抓包软件崩溃的问题时，发现管道句柄没有关闭，")
                    .append("于是逐个检查了每一处调用 popen 的代码。</p>\n");
        }
        return html.toString();
    }

    /** An article page around {@code content}, with noise outside #js_content: a read count, a nonce, related posts. */
    static String article(String content, String noise, List<String> related) {
        StringBuilder list = new StringBuilder();
        related.forEach(r -> list.append("<li><a href=\"/s/").append(r.hashCode()).append("\">").append(r).append("</a></li>"));
        return """
                <!DOCTYPE html><html><head><meta charset="utf-8">
                <meta property="og:title" content="合成文章的标题">
                <title></title>
                <script nonce="%1$s">var ct = "%1$s"; window.__nonce = "%1$s";</script></head>
                <body id="activity-detail">
                <h1 class="rich_media_title" id="activity-name">合成文章的标题</h1>
                <div id="meta_content"><a id="js_name">轩辕的编程宇宙</a><em id="publish_time">%1$s 分钟前</em></div>
                <div class="rich_media_content" id="js_content" style="visibility: hidden; opacity: 0; ">
                %2$s
                </div>
                <div id="js_read_area3"><span>阅读 %1$s</span><span>赞 %1$s</span></div>
                <div class="rich_media_tool"><span id="readNum3">%1$s</span></div>
                <ul class="related">%3$s</ul>
                </body></html>
                """.formatted(noise, content, list);
    }
}
