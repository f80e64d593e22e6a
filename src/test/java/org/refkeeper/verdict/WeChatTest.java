package org.refkeeper.verdict;

import org.junit.jupiter.api.Test;
import org.refkeeper.page.Capture;
import org.refkeeper.content.Markdown;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** mp.weixin.qq.com, judged on real pages the server sent (fixtures/realworld/wechat). */
class WeChatTest {
    private final Judge judge = new Judge();

    private Assessment real(String file, String id) {
        String url = "https://mp.weixin.qq.com/s/" + id;
        return judge.assess(Captures.page(url, 200, Captures.realWorld("wechat/" + file)));
    }

    @Test
    void articleIsGoodWithItsTitleAndText() {
        Assessment a = real("article-KDWh_qGpFN5Vu1TR9t30Mw.html", "KDWh_qGpFN5Vu1TR9t30Mw");

        assertEquals(Outcome.GOOD, a.outcome());
        assertEquals("AI编程害死我了，给我的抓包软件埋了一个大雷！", a.title());
        assertTrue(a.mainText().startsWith("大家好，我是轩辕。\n\n"), a.mainText());
        assertTrue(a.mainText().contains("不应该使用pclose来关闭，而应该使用fclose！AI编程可把我给害了！"));
        assertTrue(a.mainText().contains("\n\n## 尝试定位\n\n"), "h2 becomes a Markdown heading");
        assertTrue(a.mainText().contains("\n\n![](https://mmbiz.qpic.cn/mmbiz_png/jXQDbLkGBYUibxsppQznBGWjPRrkD2uem"),
                "lazy images are shown by their data-src");
        assertFalse(a.mainText().contains("微信扫一扫"), "page chrome outside #js_content is not main text");
        assertTrue(a.fingerprint().matches("[0-9a-f]{64}"), a.fingerprint());
        assertEquals(Optional.empty(), a.movedTo());
    }

    @Test
    void secondArticleIsGoodWithItsTitleAndText() {
        Assessment a = real("article-SbB40tES2MrfoNaIPima5A.html", "SbB40tES2MrfoNaIPima5A");

        assertEquals(Outcome.GOOD, a.outcome());
        assertEquals("前端播客周刊 #026 - Chrome Speculation Rules 加速网站性能", a.title());
        assertTrue(a.mainText().contains("本期看点：Chrome Speculation Rules API 如何重塑前端加载性能"));
        assertTrue(a.mainText().contains("编辑：Otto 辛宝、TimLi"));
    }

    @Test
    void realArticleFingerprintFollowsTheTextNotThePage() {
        String url = "https://mp.weixin.qq.com/s/KDWh_qGpFN5Vu1TR9t30Mw";
        String html = Captures.realWorld("wechat/article-KDWh_qGpFN5Vu1TR9t30Mw.html");
        String otherVisit = html.replace("899229603", "123456789").replace("var ct = \"1762747210\"", "var ct = \"1762999999\"")
                .replace("id=\"publish_time\" class=\"rich_media_meta rich_media_meta_text\">",
                        "id=\"publish_time\" class=\"rich_media_meta rich_media_meta_text\">3天前");
        String edited = html.replace("大家好，我是轩辕。", "大家好，我是轩辕，好久不见。");

        String fingerprint = judge.assess(Captures.page(url, 200, html)).fingerprint();

        assertEquals(fingerprint, judge.assess(Captures.page(url, 200, otherVisit)).fingerprint());
        assertNotEquals(fingerprint, judge.assess(Captures.page(url, 200, edited)).fingerprint());
    }

    @Test
    void deletionNoticeIsGone() {
        Assessment a = real("deleted-by-author-P9cMowFQ-QahLRnfHponKw.html", "P9cMowFQ-QahLRnfHponKw");

        assertEquals(Outcome.GONE, a.outcome());
        assertEquals("该内容已被发布者删除", a.reason());
        assertEquals("", a.mainText());
        assertEquals("", a.fingerprint());
    }

    @Test
    void englishDeletionNoticeIsGone() {
        Assessment a = real("deleted-by-author-english.html", "P9cMowFQ-QahLRnfHponKw");

        assertEquals(Outcome.GONE, a.outcome());
        assertEquals("The content has been deleted by the author", a.reason());
    }

    @Test
    void violationNoticeIsGone() {
        Assessment a = real("violation--WZT_VzhmSkJRAjb6GwsUA.html", "-WZT_VzhmSkJRAjb6GwsUA");

        assertEquals(Outcome.GONE, a.outcome());
        assertEquals("此内容因违规无法查看", a.reason());
    }

    @Test
    void temporarilyUnavailableIsTemporaryNotGone() {
        Assessment a = real("temporarily-unavailable-Fa_q7Pg8ZiQNmtqJeDNNuQ.html", "Fa_q7Pg8ZiQNmtqJeDNNuQ");

        assertEquals(Outcome.TEMPORARY, a.outcome());
        assertEquals("该内容暂时无法查看", a.reason());
    }

    @Test
    void realArticleQuotingTheDeletionNoticeIsStillGood() {
        String html = Captures.realWorld("wechat/article-KDWh_qGpFN5Vu1TR9t30Mw.html").replaceFirst(
                "(id=\"js_content\"[^>]*>)", "$1<p>上周我的旧文显示“该内容已被发布者删除”，其实是我自己删的。</p>");

        Assessment a = judge.assess(Captures.page("https://mp.weixin.qq.com/s/KDWh_qGpFN5Vu1TR9t30Mw", 200, html));

        assertEquals(Outcome.GOOD, a.outcome());
        assertTrue(a.mainText().contains("“该内容已被发布者删除”"));
    }

    @Test
    void longArticleQuotingNoticesIsGood() {
        String body = WeChatPages.paragraphs(12) + "<p>常见的提示有“该内容已被发布者删除”和“此内容因违规无法查看”。</p>";

        Assessment a = judge.assess(Captures.page(WeChatPages.URL, 200, WeChatPages.article(body, "1", List.of())));

        assertEquals(Outcome.GOOD, a.outcome());
    }

    @Test
    void shortPageWithNoticeInsideTheContentIsGone() {
        Assessment a = judge.assess(Captures.page(WeChatPages.URL, 200,
                "<html><body><div id=\"js_content\"><p>此内容因违规无法查看</p></div></body></html>"));

        assertEquals(Outcome.GONE, a.outcome());
        assertEquals("此内容因违规无法查看", a.reason());
    }

    @Test
    void captchaRedirectIsWall() {
        String captcha = "https://mp.weixin.qq.com/mp/wappoc_appmsgcaptcha?poc_token=abc&target_url=https%3A%2F%2Fmp.weixin.qq.com%2Fs%2Fx";
        Capture c = Captures.redirected(List.of(WeChatPages.URL, captcha), 200,
                "<html><body><p>当前环境异常，完成验证后即可继续访问。</p><button>去验证</button></body></html>");

        Assessment a = judge.assess(c);

        assertEquals(Outcome.WALL, a.outcome());
        assertTrue(a.reason().contains("wappoc_appmsgcaptcha"), a.reason());
        assertEquals(Optional.empty(), a.movedTo(), "a wall is not where the article moved");
    }

    @Test
    void verificationPageWithoutRedirectIsWall() {
        Assessment a = judge.assess(Captures.page(WeChatPages.URL, 200,
                "<html><body><div class=\"weui-msg\"><p>环境异常</p><p>完成验证后即可继续访问</p></div></body></html>"));

        assertEquals(Outcome.WALL, a.outcome());
        assertEquals("环境异常", a.reason());
    }

    @Test
    void migratedAccountIsGoneWithTheNewAddress() {
        String dom = "<html><body><div class=\"weui-msg\"><h2>该公众号已迁移</h2><a id=\"js_jump\">访问文章</a></div>"
                + "<script>var transfer_target_link = 'https://mp.weixin.qq.com/s?__biz=MzA5\\x26amp;mid=2650\\x26amp;idx=1';</script>"
                + "</body></html>";

        Assessment a = judge.assess(Captures.page(WeChatPages.URL, 200, dom));

        assertEquals(Outcome.GONE, a.outcome());
        assertEquals(Optional.of("https://mp.weixin.qq.com/s?__biz=MzA5&mid=2650&idx=1"), a.movedTo());
        assertEquals("moved: https://mp.weixin.qq.com/s?__biz=MzA5&mid=2650&idx=1", a.reason());
    }

    @Test
    void pageWithoutContentAndWithoutKnownNoticeIsNotCalledGone() {
        Assessment a = judge.assess(Captures.page(WeChatPages.URL, 200,
                "<html><body><p>" + "一段没有见过的提示。".repeat(60) + "</p></body></html>"));

        assertEquals(Outcome.UNREAD, a.outcome(), "an unknown page is refkeeper's problem, not news of a deletion");
        assertTrue(a.reason().startsWith("main content missing: [wechat reader, #js_content]"), a.reason());
        assertTrue(a.reason().contains("site rule for mp.weixin.qq.com may need an update"), a.reason());
        assertTrue(a.mainText().startsWith("一段没有见过的提示。"), "kept as the page shows it: " + a.mainText());
        assertTrue(a.fingerprint().startsWith("unread:"), a.fingerprint());
    }
}
