package org.refkeeper.verdict;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** zhuanlan.zhihu.com and www.zhihu.com, on pages shaped like Zhihu's. */
class ZhihuTest {
    private static final String POST = "https://zhuanlan.zhihu.com/p/123456789";
    private static final String TEXT = "文件描述符是有限的资源，每次 popen 之后都必须用 pclose 关闭，否则管道和子进程会一直留着。";

    private final Judge judge = new Judge();

    private static String post(String extra) {
        return """
                <html><head><title>管道泄露 - 知乎</title></head><body>
                <header class="AppHeader"><a>首页</a><a>会员</a><a>发现</a></header>
                <h1 class="Post-Title">排查一次管道泄露</h1>
                <div class="AuthorInfo-name">轩辕</div>
                <div class="Post-RichText"><p>%s</p><p>%s</p></div>
                <div class="ContentItem-actions"><button class="VoteButton">赞同 321</button></div>
                %s</body></html>""".formatted(TEXT, TEXT.repeat(3), extra);
    }

    @Test
    void postIsGoodWithItsTitle() {
        Assessment a = judge.assess(Captures.page(POST, 200, post("")));

        assertEquals(Outcome.GOOD, a.outcome());
        assertEquals("排查一次管道泄露", a.title());
        assertTrue(a.mainText().startsWith(TEXT + "\n\n"));
        assertFalse(a.mainText().contains("赞同"));
    }

    @Test
    void loginDialogOverAReadablePostIsNoWall() {
        Assessment a = judge.assess(Captures.page(POST, 200,
                post("<div class=\"Modal-wrapper\"><div class=\"signFlowModal\">登录后查看更多</div></div>")));

        assertEquals(Outcome.GOOD, a.outcome());
    }

    @Test
    void loginWallWithoutThePostIsWall() {
        Assessment a = judge.assess(Captures.page(POST, 200,
                "<html><body><div class=\"Modal-wrapper\"><div class=\"signFlowModal\"><button>登录</button></div></div></body></html>"));

        assertEquals(Outcome.WALL, a.outcome());
        assertEquals("wall: .signFlowModal", a.reason());
    }

    @Test
    void notFoundPageIsGoneWithItsText() {
        Assessment a = judge.assess(Captures.page(POST, 404, """
                <html><head><title>知乎 - 有问题，就会有答案</title></head><body><div class="ErrorPage">
                <h1 class="ErrorPage-title">404</h1><p class="ErrorPage-subtitle">你似乎来到了没有知识存在的荒原</p>
                <a href="https://www.zhihu.com">去往首页</a></div></body></html>"""));

        assertEquals(Outcome.GONE, a.outcome());
        assertEquals("你似乎来到了没有知识存在的荒原", a.reason());
        assertEquals(404, a.httpStatus());
    }

    @Test
    void deletedAnswerIsGone() {
        Assessment a = judge.assess(Captures.page("https://www.zhihu.com/question/1/answer/2", 200,
                "<html><body><h1 class=\"QuestionHeader-title\">为什么管道会泄露？</h1>"
                        + "<div class=\"ErrorPage\">该回答已被删除</div></body></html>"));

        assertEquals(Outcome.GONE, a.outcome());
        assertEquals("该回答已被删除", a.reason());
        assertEquals("为什么管道会泄露？", a.title());
    }

    @Test
    void unhumanRedirectIsWall() {
        String unhuman = "https://www.zhihu.com/account/unhuman?type=unhuman&message=x&need_login=false";
        Assessment a = judge.assess(Captures.redirected(List.of(POST, unhuman), 200,
                "<html><body><div>" + "系统监测到您的网络环境存在异常风险，请输入验证码进行验证。" + "</div></body></html>"));

        assertEquals(Outcome.WALL, a.outcome());
        assertEquals("redirected to a wall: " + unhuman, a.reason());
    }

    @Test
    void securityCheckPageIsAWallWhateverItsStatus() {
        // what a logged-out browser now gets at a column or answer: the title says 安全验证, the text asks to verify
        String page = Captures.template("zhihu/unhuman.html");
        for (int status : new int[] {200, 403}) {
            Assessment column = judge.assess(Captures.page(POST, status, page));
            Assessment answer = judge.assess(Captures.page("https://www.zhihu.com/question/1/answer/2", status, page));

            assertEquals(Outcome.WALL, column.outcome(), status + ": " + column.reason());
            assertEquals(Outcome.WALL, answer.outcome(), status + ": " + answer.reason());
            assertTrue(column.reason().contains("异常") || column.reason().contains("安全验证"), column.reason());
        }
    }

    @Test
    void requestLimitedAnswerIsAWall() {
        // Zhihu's answer when it limits a reader: error 40362, served as JSON that the browser shows as text
        String json = "<html><head></head><body><pre style=\"word-wrap: break-word; white-space: pre-wrap;\">"
                + "{\"error\":{\"message\":\"您当前请求存在异常，暂时限制本次访问。如有疑问，您可以通过手机摇一摇或登录后私信知乎小管家反馈。\","
                + "\"code\":40362}}</pre></body></html>";

        Assessment a = judge.assess(Captures.page("https://www.zhihu.com/question/1", 200, json));

        assertEquals(Outcome.WALL, a.outcome(), a.reason());
        assertEquals("您当前请求存在异常，暂时限制本次访问", a.reason());
    }

    @Test
    void deletedContentIsGone() {
        Assessment a = judge.assess(Captures.page(POST, 200,
                "<html><body><div class=\"ErrorPage\"><p class=\"ErrorPage-subtitle\">该内容已被删除</p></div></body></html>"));

        assertEquals(Outcome.GONE, a.outcome(), a.reason());
    }

    @Test
    void forbiddenIsWall() {
        Assessment a = judge.assess(Captures.page(POST, 403, "<html><body><p>403 Forbidden</p></body></html>"));

        assertEquals(Outcome.WALL, a.outcome());
        assertEquals("HTTP 403", a.reason());
    }

    @Test
    void serviceUnavailableIsTemporary() {
        Assessment a = judge.assess(Captures.page(POST, 503, "<html><body><p>服务暂时不可用</p></body></html>"));

        assertEquals(Outcome.TEMPORARY, a.outcome());
        assertEquals("HTTP 503", a.reason());
    }
}
