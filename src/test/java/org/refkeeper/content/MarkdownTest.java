package org.refkeeper.content;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The shape of content.md: readable, and diffable line by line. */
class MarkdownTest {
    private static String render(String html) {
        return Markdown.of(Jsoup.parse(html, "https://mp.weixin.qq.com/s/abc").body());
    }

    @Test
    void wechatCodeBlockKeepsItsLines() {
        String html = "<section><p>命令如下：</p><pre class=\"code-snippet__js\"><code><span>lsof -c tshark_server</span></code>"
                + "<code><span>ulimit -n</span></code></pre></section>";

        assertEquals("命令如下：\n\n```\nlsof -c tshark_server\nulimit -n\n```", render(html));
    }

    @Test
    void inlineMarkupStaysInItsParagraphAndBreaksStayLines() {
        String html = "<section><span style=\"color:red\">大家好，</span><strong>我是</strong><a href=\"/x\">轩辕</a>。"
                + "<br>第二行\u200B</section><section>  下一段  </section>";

        assertEquals("大家好，我是轩辕。\n第二行\n\n下一段", render(html));
    }

    @Test
    void tablesListsAndLazyImages() {
        String html = "<table><tr><th>平台</th><th>上限</th></tr><tr><td>macOS</td><td>256</td></tr></table>"
                + "<ol><li>定位</li><li><img alt=\"截图\" src=\"data:image/gif;base64,R0lGOD\" data-src=\"//mmbiz.qpic.cn/a/640\"></li></ol>";

        assertEquals("平台 | 上限\n\nmacOS | 256\n\n- 定位\n\n![截图](https://mmbiz.qpic.cn/a/640)", render(html));
    }
}
