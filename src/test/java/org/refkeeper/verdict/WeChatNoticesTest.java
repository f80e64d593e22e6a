package org.refkeeper.verdict;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * WeChat's notice pages: the real deleted-by-author page (fixtures/realworld/wechat) with its notice replaced by each
 * other notice WeChat shows in the same WeUI message template, word for word as the site writes it. Each must get
 * its own state, and none may become the source's last good capture.
 */
class WeChatNoticesTest {
    private static final String URL = "https://mp.weixin.qq.com/s/NoticePage00000000000001";

    private final Judge judge = new Judge();

    /** The real notice page with {@code notice} as its title. */
    static String noticePage(String notice) {
        String real = Captures.realWorld("wechat/deleted-by-author-P9cMowFQ-QahLRnfHponKw.html");
        String title = "<div class=\"weui-msg__title warn\">该内容已被发布者删除</div>";
        if (!real.contains(title)) {
            throw new IllegalStateException("the real notice page changed; this test no longer replaces its notice");
        }
        return real.replace(title, "<div class=\"weui-msg__title warn\">" + notice + "</div>");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "此内容被多人投诉，相关的内容无法进行查看。|GONE|此内容被多人投诉，相关的内容无法进行查看",
            "此内容被投诉且经审核涉嫌侵权，无法查看。|GONE|被投诉且经审核涉嫌侵权",
            "此帐号被投诉且经审核涉嫌侵权。此帐号已注销，内容无法查看。|GONE|被投诉且经审核涉嫌侵权",
            "此帐号已被屏蔽, 内容无法查看|GONE|此帐号已被屏蔽",
            "此账号已被屏蔽, 内容无法查看|GONE|此账号已被屏蔽",
            "此帐号已被封禁, 内容无法查看|GONE|此帐号已被封禁",
            "此帐号已自主注销，内容无法查看|GONE|此帐号已自主注销",
            "参数错误|GONE|参数错误",
            "链接已过期|GONE|链接已过期",
            "请在微信客户端打开链接|WALL|请在微信客户端打开链接",
            "你暂无权限查看此页面内容|WALL|你暂无权限查看此页面内容",
            "访问过于频繁，请用微信扫描二维码进行访问|WALL|访问过于频繁",
            "内容审核中|TEMPORARY|内容审核中",
            "此帐号处于帐号迁移流程中|TEMPORARY|此帐号处于帐号迁移流程中"})
    void eachNoticeGetsItsOwnState(String notice, Outcome outcome, String reason) {
        Assessment a = judge.assess(Captures.page(URL, 200, noticePage(notice)));

        assertEquals(outcome, a.outcome(), a.reason());
        assertEquals(reason, a.reason());
        assertEquals("", a.mainText());
    }

    @Test
    void theViolationPagesLegalReasonIsAVanishing() {
        String real = Captures.realWorld("wechat/violation--WZT_VzhmSkJRAjb6GwsUA.html");
        String page = real.replace("由用户投诉并经平台审核，涉嫌过度营销、骚扰用户", "经用户举报，发现此内容涉嫌违反相关法律法规和政策")
                .replaceFirst("此内容因违规无法查看", "此内容因涉嫌违反相关法律法规和政策发送失败");

        Assessment a = judge.assess(Captures.page(URL, 200, page));

        assertEquals(Outcome.GONE, a.outcome(), a.reason());
        assertEquals("涉嫌违反相关法律法规和政策", a.reason());
    }

    @Test
    void theVerificationPageBeforeItsScriptsRanIsAWallEvenAtTheArticlesAddress() {
        // WeChat's verify page carries no words until its script writes them; its page id and style sheet say what it is
        Assessment atArticle = judge.assess(Captures.page(URL, 200, Captures.template("wechat/verify-shell.html")));

        assertEquals(Outcome.WALL, atArticle.outcome(), atArticle.reason());
        assertEquals("wall: link[href*=secitptpage/verify]", atArticle.reason());
    }

    @Test
    void noNoticeOrWallReplacesTheLastGoodCapture() {
        Previous good = new Previous(State.UNCHANGED, Optional.of("a".repeat(64)));
        for (String notice : List.of("此内容被多人投诉，相关的内容无法进行查看。", "参数错误", "你暂无权限查看此页面内容", "此帐号已被封禁, 内容无法查看")) {
            Verdict v = Verdicts.decide(judge.assess(Captures.page(URL, 200, noticePage(notice))), Optional.of(good));

            assertFalse(v.keep(), notice + " would become the last good capture: " + v);
            assertFalse(v.state().good(), notice + ": " + v);
        }
        Verdict shell = Verdicts.decide(judge.assess(Captures.page(URL, 200, Captures.template("wechat/verify-shell.html"))),
                Optional.of(good));
        assertEquals(State.BLOCKED, shell.state(), shell.reason());
    }
}
