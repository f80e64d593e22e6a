package org.refkeeper.verdict;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Zhihu by what was cited: a question, an answer, a column article (pages from fixtures/templates/zhihu). */
class ZhihuPagesTest {
    private static final String QUESTION = "https://www.zhihu.com/question/310000001";
    private static final String ANSWER = "https://www.zhihu.com/question/310000001/answer/1100000002";
    private static final String TITLE = "网页存档工具应该如何判断一篇文章「变了」？";

    private final Judge judge = new Judge();

    private Assessment question(String html) {
        return judge.assess(Captures.page(QUESTION, 200, html));
    }

    private static Document questionPage() {
        return Jsoup.parse(Captures.template("zhihu/question.html"), QUESTION);
    }

    @Test
    void questionIsItsTitleAndDetailWithTheAnswersSeenListedBelow() {
        Assessment a = question(questionPage().outerHtml());

        assertEquals(Outcome.GOOD, a.outcome(), a.reason());
        assertEquals(TITLE, a.title());
        assertTrue(a.mainText().startsWith("引用的文章经常悄悄改动：改了错别字，换了配图，或者整段删掉。"), a.mainText());
        int answers = a.mainText().indexOf("## 3 answers seen of 57, not part of the comparison");
        assertTrue(answers > a.mainText().indexOf("那么标题改了算不算？"), a.mainText());
        for (String said : List.of("### 存档爱好者", "只看正文。", "### 匿名用户", "同一张图片 CDN 会给出不同的格式",
                "### 轩辕", "删掉的文章要能认出来。", "https://www.zhihu.com/question/310000001/answer/1100000003")) {
            assertTrue(a.mainText().indexOf(said) > answers, "missing below the question: " + said);
        }
        for (String chrome : List.of("赞同", "关注者", "被浏览", "相关问题", "登录知乎", "查看全部", "显示全部", "条评论",
                "登录后查看更多", "阅读全文")) {
            assertFalse(a.mainText().contains(chrome), "page chrome in the main text: " + chrome);
        }
        assertEquals(Optional.of("3 answers seen of 57, not compared"), a.note());
    }

    @Test
    void answersReorderedAndOneAddedLeaveTheQuestionAsItWas() {
        String before = questionPage().outerHtml();
        Document after = questionPage();
        Element list = after.selectFirst(".List-item").parent();
        List<Element> items = List.copyOf(list.children());
        items.forEach(Element::remove);
        Element added = items.get(0).clone();
        added.selectFirst(".AnswerItem").attr("name", "1100000009");
        added.selectFirst("[itemprop=text]").html("<p>新来的回答：先比标题，再比正文。</p>");
        added.selectFirst("meta[itemprop=url]").attr("content", QUESTION + "/answer/1100000009");
        list.appendChild(items.get(2)).appendChild(added).appendChild(items.get(0)).appendChild(items.get(1));
        after.select("meta[itemprop=answerCount]").attr("content", "58");
        after.select(".VoteButton--up").forEach(b -> b.text("赞同 " + (b.text().length() * 7)));

        Assessment a = question(before);
        Assessment b = question(after.outerHtml());
        Verdict v = Verdicts.decide(b, Optional.of(new Previous(State.UNCHANGED, Optional.of(a.fingerprint()))));

        assertEquals(a.fingerprint(), b.fingerprint());
        assertEquals(State.UNCHANGED, v.state());
        assertEquals("main text unchanged; 4 answers seen of 58, not compared", v.reason());
        assertTrue(b.mainText().contains("新来的回答：先比标题，再比正文。"), "the new answer is kept in the text");
    }

    @Test
    void anEditedQuestionIsAChange() {
        String before = questionPage().outerHtml();
        Document detail = questionPage();
        detail.selectFirst(".QuestionRichText .RichText p").text("引用的文章经常悄悄改动，有时连标题都换了。");
        Document title = questionPage();
        title.selectFirst("h1.QuestionHeader-title").text("网页存档工具怎样判断一篇文章「变了」？");

        String fingerprint = question(before).fingerprint();
        Assessment edited = question(detail.outerHtml());

        assertNotEquals(fingerprint, edited.fingerprint());
        assertNotEquals(fingerprint, question(title.outerHtml()).fingerprint());
        assertEquals(State.CHANGED, Verdicts.decide(edited,
                Optional.of(new Previous(State.UNCHANGED, Optional.of(fingerprint)))).state());
    }

    @Test
    void aQuestionWithoutDetailIsItsTitle() {
        Document page = questionPage();
        page.select(".QuestionRichText").remove();

        Assessment a = question(page.outerHtml());

        assertEquals(Outcome.GOOD, a.outcome(), a.reason());
        assertEquals(TITLE, a.title());
        assertTrue(a.mainText().startsWith("## 3 answers seen of 57"), a.mainText());
    }

    @Test
    void loginPromptsInsideAShortQuestionPageAreNoWall() {
        Document page = questionPage();
        page.select(".QuestionRichText, .Question-sideColumn, .List-item:gt(0), header").remove();
        page.selectFirst("[itemprop=text]").html("<p>登录后查看更多</p>");
        page.body().append("<div class=\"Modal-wrapper\"><div class=\"Modal signFlowModal\">登录后查看更多精彩内容</div></div>");
        assertTrue(Jsoup.parse(page.outerHtml()).body().text().length() < Judge.SHORT_PAGE);

        Assessment a = question(page.outerHtml());

        assertEquals(Outcome.GOOD, a.outcome(), a.reason());
        assertEquals(Optional.of("1 answer seen of 57, not compared"), a.note());
    }

    @Test
    void answerAddressIsThatAnswerNotTheOnesBelowIt() {
        Assessment a = judge.assess(Captures.page(ANSWER, 200, Captures.template("zhihu/answer.html")));

        assertEquals(Outcome.GOOD, a.outcome(), a.reason());
        assertEquals(TITLE, a.title());
        assertEquals("""
                标题也算正文的一部分。但是要注意付费标记、原创标记这种东西会被拼进标题里。

                另外图片不能只比地址，同一张图片 CDN 会给出不同的格式。所以比的是图片的字节，或者至少是去掉参数的地址。

                最后，登录提示、推荐列表、广告都不是正文，不管它们写着什么。""", a.mainText());
        assertEquals(Optional.empty(), a.note());
    }

    @Test
    void answerAddressFindsItsAnswerWhereverThePageListsIt() {
        String other = ANSWER.replace("1100000002", "1100000001");
        Assessment a = judge.assess(Captures.page(other, 200, Captures.template("zhihu/answer.html")));

        assertEquals(Outcome.GOOD, a.outcome(), a.reason());
        assertTrue(a.mainText().startsWith("只看正文。"), a.mainText());
    }

    @Test
    void columnArticleUnderALoginDialogIsGood() {
        Assessment a = judge.assess(Captures.page("https://zhuanlan.zhihu.com/p/330000001", 200,
                Captures.template("zhihu/zhuanlan.html")));

        assertEquals(Outcome.GOOD, a.outcome(), a.reason());
        assertEquals("存档的三种失败：消失、改写与墙", a.title());
        assertTrue(a.mainText().startsWith("一篇被引用的文章可能以三种方式失去"), a.mainText());
        assertTrue(a.mainText().contains("\n\n## 改写\n\n"), a.mainText());
        assertTrue(a.mainText().contains("![](https://picx.zhimg.com/"), a.mainText());
        for (String chrome : List.of("赞同", "推荐阅读", "登录知乎", "条评论", "存档爱好者")) {
            assertFalse(a.mainText().contains(chrome), "page chrome in the main text: " + chrome);
        }
    }
}
