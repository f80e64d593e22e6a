package org.refkeeper.sites;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TitlesTest {
    private static final List<String> BADGES = List.of("原创", "付费", "已付费", "试读");

    @Test
    void escapesATemplateLeftInATitleAreDecodedAndWhitespaceCollapsed() {
        assertEquals("第一行 第二行", Titles.clean("第一行\\n\\n第二行", BADGES));
        assertEquals("第一行 第二行", Titles.clean("第一行\\x0a\\x0a 第二行", BADGES));
        assertEquals("中文 标题", Titles.clean("\\u4e2d文\t\n 标题 ", BADGES));
        assertEquals("C:\\Users 的路径", Titles.clean("C:\\Users 的路径", BADGES), "other backslashes stay");
    }

    @Test
    void badgesComeOffEitherEndButNotTheMiddle() {
        assertEquals("如何读一篇论文", Titles.clean("如何读一篇论文已付费", BADGES), "已付费, not 付费 leaving 已");
        assertEquals("如何读一篇论文", Titles.clean("原创 | 如何读一篇论文 付费", BADGES));
        assertEquals("付费墙是怎样炼成的", Titles.clean("付费墙是怎样炼成的", List.of()));
        assertEquals("原创", Titles.clean("原创", BADGES), "a title that is only a badge stays");
    }

    @Test
    void aWholePostIsCutToTheLengthOfATitle() {
        String post = "这是一条很长的文字动态，" + "内容一直写下去".repeat(30);
        String title = Titles.clean(post, BADGES);
        assertEquals(Titles.MAX, title.codePointCount(0, title.length()));
        assertTrue(title.endsWith("…"), title);
        assertTrue(Titles.isText(post));
        assertTrue(Titles.isText("第一行\\n第二行"));
        assertFalse(Titles.isText("AI编程带给程序员的危与机"));
    }

    @Test
    void aPostWithoutTitleIsNamedByItsFirstLineOrFirstSentence() {
        assertEquals("先向佛得角致敬", Titles.firstLine("\\n先向佛得角致敬\\n\\n但这阵容实在是不行"));
        String longLine = "今天下午去了一趟图书馆。" + "借了很多书，".repeat(20);
        assertEquals("今天下午去了一趟图书馆", Titles.firstLine(longLine));
        String noStop = "字".repeat(200);
        assertEquals(Titles.MAX, Titles.firstLine(noStop).codePointCount(0, Titles.firstLine(noStop).length()));
    }

    @Test
    void theSitesNameComesOffAPageTitleButThePostsOwnWordsStay() {
        List<String> none = List.of();
        assertEquals("popen 之后为什么必须用 pclose 关闭", Titles.withoutSite("popen 之后为什么必须用 pclose 关闭_weixin_43000000的博客-CSDN博客",
                none, List.of("popen 之后为什么必须用 pclose 关闭")), "CSDN");
        assertEquals("WARC 的 revisit 记录", Titles.withoutSite("WARC 的 revisit 记录 - 归档者 - 博客园", none,
                List.of("归档者", "WARC 的 revisit 记录")), "cnblogs: the blog's own name is a heading too");
        assertEquals("Why my pipes leaked", Titles.withoutSite("Why my pipes leaked – Notes from the Shell",
                List.of("Notes from the Shell"), none), "WordPress");
        assertEquals("iipc/jwarc: Java library", Titles.withoutSite("GitHub - iipc/jwarc: Java library", List.of("GitHub"), none));
        assertEquals("GitHub Actions explained", Titles.withoutSite("GitHub Actions explained", List.of("GitHub"), none),
                "a name the title merely starts with is no site name");
        assertEquals("Up-to-date archives", Titles.withoutSite("Up-to-date archives", none, List.of("Up")),
                "a hyphen inside a word separates nothing");
        assertEquals("Rust: a safer C", Titles.withoutSite("Rust: a safer C", none, List.of("Rust")), "nor does a colon");
        assertEquals("Notes from the Shell", Titles.withoutSite("Notes from the Shell", List.of("Notes from the Shell"), none),
                "a title that is only the site's name stays");
    }

    @Test
    void aHugeTitleIsReadInOnePass() {
        String huge = "Title " + "| ".repeat(50_000) + "x";
        assertEquals(huge.replaceAll("\\s+", " ").strip(), Titles.withoutSite(huge, List.of("y"), List.of("z")));
    }
}
