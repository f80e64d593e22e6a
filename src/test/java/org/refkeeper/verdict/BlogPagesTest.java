package org.refkeeper.verdict;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Blog posts as the common engines and hosts serve them (fixtures/templates/web): the main text is the post, not
 * the buttons, counters, comments, related posts and neighbour links the theme puts around it or inside its
 * {@code <article>}, and the title is the post's, not the site's.
 */
class BlogPagesTest {
    private final Judge judge = new Judge();

    private Assessment assess(String url, String html) {
        Assessment a = judge.assess(Captures.page(url, 200, html));
        assertEquals(Outcome.GOOD, a.outcome(), a.reason());
        return a;
    }

    private static String page(String name) {
        return Captures.template("web/" + name + ".html");
    }

    private static void assertNone(Assessment a, List<String> chrome) {
        chrome.forEach(c -> assertFalse(a.mainText().contains(c), "not the post's: " + c + "\n" + a.mainText()));
    }

    @Test
    void wordPressPostIsThePostWithoutSharingLikesRelatedPostsNeighboursOrComments() {
        String url = "https://notes.example.net/2024/03/pipes/";
        String html = page("wordpress-post");
        Assessment a = assess(url, html);
        String nextDay = html.replace("3 Comments", "4 Comments").replace("3 replies", "4 replies")
                .replace("</div></div>\n\t<div id=\"respond\"", "<div class=\"comment\" id=\"comment-1003\"><article class=\"comment-body\">"
                        + "<div class=\"comment-content\"><p>Thanks, this saved my weekend.</p></div></article></div></div></div>\n\t<div id=\"respond\"")
                .replace("Sockets that never close", "Zombie processes and how to reap them");
        assertNotEquals(html, nextDay);

        assertEquals("Why my pipes leaked", a.title());
        assertTrue(a.mainText().contains("Every popen has to be closed with pclose."), a.mainText());
        assertTrue(a.mainText().contains("## The fix\n\nUse pclose for everything popen opened"), a.mainText());
        assertNone(a, List.of("Share this", "Twitter", "Like this", "Related", "Sockets that never close",
                "Waiting on many descriptors", "3 Comments", "replies on", "Same thing bit me", "Leave a Reply",
                "Post Comment", "Powered by WordPress"));
        assertEquals(a.fingerprint(), assess(url, nextDay).fingerprint(), "a new comment is no change of the post");
    }

    @Test
    void hugoPostDoesNotChangeWhenTheSiteGainsANewerPost() {
        String url = "https://bytearchive.example.org/posts/reading-warc/";
        String html = page("hugo-post");
        Assessment a = assess(url, html);
        Assessment later = assess(url, html.replace("Sorting a CDXJ index the way pywb wants it", "Deduplicating with WARC revisits"));

        assertEquals("Reading WARC files by hand", a.title());
        assertTrue(a.mainText().contains("## The header\n\nThe fields that matter most"), a.mainText());
        assertNone(a, List.of("« Prev", "Next »", "Revisit records and the digests", "Home » Posts", "PaperMod"));
        assertEquals(a.fingerprint(), later.fingerprint());
    }

    @Test
    void jekyllPostIsItsTitleAndBody() {
        Assessment a = assess("https://fieldnotes.example.org/2024/02/11/keeping-articles.html", page("jekyll-post"));

        assertEquals("Keeping the articles your notes cite", a.title());
        assertTrue(a.mainText().startsWith("# Keeping the articles your notes cite\n\nFeb 11, 2024\n\nHalf the links"), a.mainText());
        assertNone(a, List.of("Field Notes", "About"));
    }

    @Test
    void ghostPostIsThePostAndAMembersOnlyPostIsAWall() {
        String url = "https://quietweb.example.com/what-a-crawler-should-never-keep/";
        String html = page("ghost-post");
        Assessment a = assess(url, html);
        // what Ghost shows in place of the post's content when the post becomes members-only
        String membersOnly = html.replaceFirst("(?s)<section class=\"gh-content gh-canvas\">.*?</section>",
                "<section class=\"gh-content gh-canvas\"><aside class=\"gh-post-upgrade-cta\"><div class=\"gh-post-upgrade-cta-content\" "
                        + "style=\"background-color: #ff1a75\"><h2>This post is for paying subscribers only</h2>"
                        + "<a class=\"gh-btn\" data-portal=\"signup\" href=\"#/portal/signup\" style=\"color:#ff1a75\">Subscribe now</a>"
                        + "<p><small>Already have an account? <a data-portal=\"signin\" href=\"#/portal/signin\">Sign in</a></small></p>"
                        + "</div></aside></section>");
        assertNotEquals(html, membersOnly);

        Assessment walled = judge.assess(Captures.page(url, 200, membersOnly));

        assertEquals("What a crawler should never keep", a.title());
        assertTrue(a.mainText().contains("A crawler sees pages, not articles."), a.mainText());
        assertNone(a, List.of("Sign up for more like this", "robots.txt is a request", "Powered by Ghost"));
        assertEquals(Outcome.WALL, walled.outcome(), walled.reason());
        assertEquals("paywall: This post is for paying subscribers only", walled.reason());
    }

    @Test
    void mediumStoryDoesNotChangeWithItsClapsAndResponses() {
        String url = "https://medium.com/@rui.santos/five-ways-5f0c2b1a7e3d";
        String html = page("medium-story");
        Assessment a = assess(url, html);
        Assessment later = assess(url, html.replace(">1.2K<", ">1.3K<").replace(">14<", ">15<").replace("1.9K Followers", "2K Followers"));

        assertEquals("Five ways a web archive lies to you", a.title());
        assertTrue(a.mainText().contains("The first lie is the one you never see"), a.mainText());
        assertNone(a, List.of("1.2K", "Written by", "Followers", "Sign in"));
        assertEquals(a.fingerprint(), later.fingerprint());
    }

    @Test
    void substackPostDoesNotChangeWithItsLikesAndComments() {
        String url = "https://thekeeping.substack.com/p/why-archives-rot";
        String html = page("substack-post");
        Assessment a = assess(url, html);
        Assessment later = assess(url, html.replace("<div class=\"label\">42</div>", "<div class=\"label\">57</div>")
                .replace("<div class=\"label\">7</div>", "<div class=\"label\">9</div>"));

        assertEquals("Why archives rot", a.title());
        assertTrue(a.mainText().contains("Every archive starts whole."), a.mainText());
        assertTrue(a.mainText().contains("Next week: what to do when the page that comes back is a wall."), a.mainText());
        assertEquals(a.fingerprint(), later.fingerprint());
    }

    @Test
    void gitHubReadmeIsTheReadmeTitledByTheRepositoryNotBySite() {
        String url = "https://github.com/iipc/jwarc";
        String html = page("github-readme");
        Assessment a = assess(url, html);
        Assessment later = assess(url, html.replace("2 days ago", "3 days ago").replace(">142<", ">143<"));

        assertTrue(a.title().startsWith("iipc/jwarc: Java library for reading and writing WARC"), a.title());
        assertTrue(a.mainText().startsWith("# jwarc\n\nA Java library for reading and writing WARC files."), a.mainText());
        assertNone(a, List.of("Fix reading of WARC/0.17 records", "stars", "Sign in"));
        assertEquals(a.fingerprint(), later.fingerprint());
    }

    @Test
    void csdnArticleIsTitledByItsHeadingAndHasNoReadMoreButton() {
        Assessment a = assess("https://blog.csdn.net/weixin_43000000/article/details/128000001", page("csdn-article"));

        assertEquals("popen 之后为什么必须用 pclose 关闭", a.title());
        assertTrue(a.mainText().startsWith("## 问题\n\n一个长期运行的抓包程序"), a.mainText());
        assertTrue(a.mainText().endsWith("pclose 的返回值还是子进程的退出状态。"), a.mainText());
        assertNone(a, List.of("阅读全文", "阅读量", "popen和system的区别", "CSDN"));
    }

    @Test
    void jianshuArticleIsTitledByItsHeading() {
        Assessment a = assess("https://www.jianshu.com/p/3f2a1b0c9d8e", page("jianshu-article"));

        assertEquals("用 git 给网页存档做版本", a.title());
        assertTrue(a.mainText().startsWith("每次存档都是一次提交"), a.mainText());
        assertNone(a, List.of("阅读 3,218", "推荐阅读", "点赞"));
    }

    @Test
    void cnblogsPostIsTitledByItsHeadingWithoutItsCountersAndNeighbours() {
        String url = "https://www.cnblogs.com/guidangzhe/p/17890123.html";
        String html = page("cnblogs-post");
        Assessment a = assess(url, html);
        Assessment later = assess(url, html.replace(">1234<", ">1300<").replace(">5</span>", ">6</span>")
                .replace("WACZ 是什么", "WACZ 的签名"));

        assertEquals("WARC 的 revisit 记录", a.title());
        assertTrue(a.mainText().startsWith("revisit 记录只存一个指针"), a.mainText());
        assertNone(a, List.of("posted @", "阅读(", "上一篇", "下一篇", "好文要顶", "评论列表"));
        assertEquals(a.fingerprint(), later.fingerprint());
    }
}
