package org.refkeeper.verdict;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.refkeeper.sites.ScriptData;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every kind of post mp.weixin.qq.com serves at /s/..., on real server responses (fixtures/realworld/wechat)
 * and, for kinds without one, on pages written from WeChat's template (fixtures/templates/wechat).
 */
class WeChatKindsTest {
    private static final String IMAGE_POST = "image-post-JJyPUpHLM2bGvfk5FNvTUA.html";
    private static final String TEXT_POST = "text-post-o0tunrGKXwJxw4LZujRQdg.html";
    private static final String SHARE = "article-share-bRt0seqxnIuoQnASJTU-8w.html";
    /** Chrome a page of these kinds shows around the content: buttons, read count, escapes left in. */
    private static final List<String> CHROME = List.of("向上滑动看下一个", "轻触阅读原文", "轻触查看原文", "微信扫一扫",
            "阅读 ", "\\x0a", "\\n");
    /** The accounts, which the page shows on lines of their own. */
    private static final List<String> ACCOUNTS = List.of("36氪", "轩辕的编程宇宙", "阮一峰的网络日志", "刘备教授", "宝玉AI");

    private final Judge judge = new Judge();

    private Assessment real(String file) {
        return judge.assess(Captures.page(url(file), 200, Captures.realWorld("wechat/" + file)));
    }

    private static String url(String file) {
        return "https://mp.weixin.qq.com/s/" + file.substring(file.length() - 27, file.length() - 5);
    }

    private static void assertNoChrome(Assessment a, String... except) {
        for (String chrome : CHROME) {
            if (!List.of(except).contains(chrome)) {
                assertFalse(a.mainText().contains(chrome), "page chrome in the main text: " + chrome + "\n" + a.mainText());
            }
        }
        assertFalse(a.mainText().lines().anyMatch(l -> l.strip().matches("[,，]")), "stray comma lines: " + a.mainText());
        assertFalse(a.mainText().lines().anyMatch(l -> ACCOUNTS.contains(l.strip())), "the account: " + a.mainText());
    }

    @Test
    void imagePostIsItsCaptionThenEveryPictureInOrder() {
        Assessment a = real(IMAGE_POST);

        assertEquals(Outcome.GOOD, a.outcome(), a.reason());
        assertEquals("新能源车均价创6年新低，价格战「寒气」侵蚀供应链", a.title());
        assertTrue(a.mainText().startsWith("今年，中国汽车行业价格战，寒气越发深入。\n\n2025年9月，新能源汽车销售均价下滑至15.8万元"),
                a.mainText());
        assertTrue(a.mainText().contains("【作者丨徐蔡钰】"));
        List<String> pictures = a.mainText().lines().filter(l -> l.startsWith("![](")).toList();
        assertEquals(4, pictures.size(), a.mainText());
        assertTrue(pictures.get(0).contains("dia j1rqYFwibB3ZOsnsOydzic8RQ3Y3hNiczCCcvoCakTbxcsLq9qRqtYg".replace(" ", "")), pictures.get(0));
        assertTrue(pictures.get(3).contains("cW8eHDibmT0ibhYyeyBaQAHRzBMrtBwpibEiaZs0tWT8vNQN6d05yAE9xQ"), pictures.get(3));
        assertTrue(pictures.stream().noneMatch(p -> p.contains("&amp;")), "addresses decoded: " + pictures);
        assertNoChrome(a);
    }

    @Test
    void imagePostFingerprintFollowsCaptionAndPicturesNotHowTheGalleryWasShown() {
        String html = Captures.realWorld("wechat/" + IMAGE_POST);
        String fingerprint = real(IMAGE_POST).fingerprint();
        // WeChat's gallery, rendered: the same pictures asked for in another format, the caption shown
        Document shown = Jsoup.parse(html);
        shown.getElementById("img_list").append(pictureList(html).stream()
                .map(u -> "<div class=\"swiper_item\"><img src=\"" + u.replace("wx_fmt=png", "wx_fmt=webp&tp=webp") + "\"></div>")
                .reduce("", String::concat));
        shown.getElementById("js_base_container").append("<div id=\"js_image_desc\">"
                + caption(html).replace("\n", "<br>") + "</div><span id=\"js_read_num\">阅读 4.4万</span>");
        String noisy = html.replace("svr_time: '1762935414' * 1", "svr_time: '1762999999' * 1");
        String recaptioned = html.replace("今年，中国汽车行业价格战，寒气越发深入。", "今年，汽车行业价格战愈演愈烈。");
        List<String> urls = pictureList(html).stream().map(u -> u.replace("&", "\\x26amp;")).toList();
        String reordered = html.replace(urls.get(0), "FIRST").replace(urls.get(1), urls.get(0)).replace("FIRST", urls.get(1));

        Assessment fromGallery = judge.assess(Captures.page(url(IMAGE_POST), 200, shown.outerHtml()));
        assertEquals(real(IMAGE_POST).mainText(), fromGallery.mainText());
        assertEquals(fingerprint, fromGallery.fingerprint());
        assertEquals(fingerprint, judge.assess(Captures.page(url(IMAGE_POST), 200, noisy)).fingerprint());
        assertNotEquals(fingerprint, judge.assess(Captures.page(url(IMAGE_POST), 200, recaptioned)).fingerprint());
        assertNotEquals(fingerprint, judge.assess(Captures.page(url(IMAGE_POST), 200, reordered)).fingerprint());
    }

    @Test
    void textPostIsItsTextAloneTitledByItsOwnTitle() {
        Assessment a = real(TEXT_POST);

        assertEquals(Outcome.GOOD, a.outcome(), a.reason());
        assertEquals("AI编程带给程序员的危与机", a.title());
        assertTrue(a.mainText().startsWith("这两年经常听到AI编程要取代程序员的论调"), a.mainText());
        assertTrue(a.mainText().endsWith("你对AI编程有什么想了解的，欢迎留言，我会逐一回答。"), a.mainText());
        assertTrue(a.mainText().contains("\n\n先说结论：\n1、前端危\n2、后端CRUD程序员危\n"), a.mainText());
        assertFalse(a.mainText().contains("# AI编程带给程序员的危与机"), "the title is not repeated as a heading");
        assertFalse(a.mainText().contains("![]("), "no avatar");
        assertNoChrome(a);
    }

    @Test
    void textPostAsRenderedWithItsReadCountIsTheSameText() {
        String html = Captures.realWorld("wechat/" + TEXT_POST);
        Assessment raw = real(TEXT_POST);
        String rendered = html.replace("<p id=\"js_text_desc\" class=\"share_notice_inner js_underline_content \"></p>",
                        "<p id=\"js_text_desc\" class=\"share_notice_inner js_underline_content \">"
                                + raw.mainText().replace("\n", "<br>") + "</p>")
                .replace("<span id=\"content_read_num\" class=\"rich_media_meta rich_media_meta_text rich_media_meta_empty_hide \"></span>",
                        "<span id=\"content_read_num\" class=\"rich_media_meta rich_media_meta_text\">阅读 4.4万</span>")
                .replace("<span id=\"publish_time\" class=\"rich_media_meta rich_media_meta_text \"></span>",
                        "<span id=\"publish_time\" class=\"rich_media_meta rich_media_meta_text \">10月7日06:13</span>");
        assertNotEquals(html, rendered, "the template changed; this test no longer fills the text in");

        Assessment a = judge.assess(Captures.page(url(TEXT_POST), 200, rendered));
        Assessment moreReads = judge.assess(Captures.page(url(TEXT_POST), 200, rendered.replace("阅读 4.4万", "阅读 4.5万")));

        assertEquals(raw.fingerprint(), a.fingerprint());
        assertEquals(raw.mainText(), a.mainText());
        assertEquals(a.fingerprint(), moreReads.fingerprint());
        assertNoChrome(a);
    }

    @Test
    void textPostWhoseTitleElementIsGoneKeepsTheTitleItsDataMarksAsItsOwn() {
        String html = Captures.realWorld("wechat/" + TEXT_POST)
                .replace("<h1 id=\"js_text_title\" class=\"rich_media_title \">AI编程带给程序员的危与机</h1>", "");
        assertFalse(html.contains("js_text_title\" class"), "the template changed; this test no longer removes the title");

        assertEquals("AI编程带给程序员的危与机", judge.assess(Captures.page(url(TEXT_POST), 200, html)).title());
        assertEquals("这两年经常听到AI编程要取代程序员的论调，一开始我是嗤之以鼻的，但现在看法有一些微调了···",
                judge.assess(Captures.page(url(TEXT_POST), 200, html.replaceAll("is_user_title: ?'1'", "is_user_title: '0'")))
                        .title());
    }

    @Test
    void textPostWithoutTitleIsNamedByItsFirstLine() {
        Assessment a = judge.assess(Captures.page("https://mp.weixin.qq.com/s/TextPostTemplate000001A", 200,
                Captures.template("wechat/text-post-untitled.html")));

        assertEquals(Outcome.GOOD, a.outcome(), a.reason());
        assertEquals("先向佛得角致敬，但这阵容实在是不行，除了梅老板以外，连个能打的中场都没有", a.title());
        assertEquals("""
                先向佛得角致敬，但这阵容实在是不行，除了梅老板以外，连个能打的中场都没有

                上半场控球七成，射正两次。

                下半场换人以后好了一些，但还是没有办法。

                就这些了。""", a.mainText());
        assertNoChrome(a);
    }

    @Test
    void articleShareIsTheSharersWordsThenTheSharedArticle() {
        Assessment a = real(SHARE);

        assertEquals(Outcome.GOOD, a.outcome(), a.reason());
        assertEquals("和死神赛跑：趁父亲还在世，我想用人工智能留住他", a.title());
        assertTrue(a.mainText().startsWith("上周，我推荐《在线》杂志的长文《我用AI机器人留住去世的父亲》。"), a.mainText());
        int words = a.mainText().indexOf("我们太强调技术胜过人，但技术也可以有人性。");
        int title = a.mainText().indexOf("\n\n和死神赛跑：趁父亲还在世，我想用人工智能留住他\n\n");
        int link = a.mainText().indexOf("http://mp.weixin.qq.com/s?__biz=MzIxNzE3MjEwNg%3D%3D&mid=2247483687&idx=1&sn=8c05352c98185e08f8100947f6f0b621");
        int excerpt = a.mainText().indexOf("推荐了《连线》杂志的一篇文章");
        assertTrue(words > 0 && title > words && link > title && excerpt > 0, a.mainText());
        assertFalse(a.mainText().contains("wechat_redirect"));
        assertNoChrome(a);
    }

    @Test
    void articleShareComparesTheWordsAndWhatWasSharedNotTheExcerpt() {
        String html = Captures.realWorld("wechat/" + SHARE);
        String fingerprint = real(SHARE).fingerprint();
        String otherExcerpt = html.replace("阮一峰（公众号: ruanyf-blog )", "阮一峰（公众号：ruanyf-blog）");
        String otherWords = html.replace("我再次读依然感动", "我又读了一遍");

        assertEquals(fingerprint, judge.assess(Captures.page(url(SHARE), 200, otherExcerpt)).fingerprint());
        assertNotEquals(fingerprint, judge.assess(Captures.page(url(SHARE), 200, otherWords)).fingerprint());
    }

    @Test
    void articleWithAnAuthorLineKeepsTheLineOutOfItsText() {
        Assessment a = real("article-SbB40tES2MrfoNaIPima5A.html");

        assertEquals("前端播客周刊 #026 - Chrome Speculation Rules 加速网站性能", a.title());
        assertFalse(a.mainText().contains("印记中文团队"), a.mainText().substring(0, 200));
        assertFalse(a.title().contains("原创"));
    }

    @Test
    void paidArticleIsItsPreviewTitledWithoutItsBadge() {
        String html = Captures.template("wechat/paid-article.html");
        String url = "https://mp.weixin.qq.com/s/PaidArticleTemplate0001";
        Assessment a = judge.assess(Captures.page(url, 200, html));
        Assessment morePayers = judge.assess(Captures.page(url, 200,
                html.replace("已有 1,234 人付费", "已有 1,300 人付费").replace("阅读 2.1万", "阅读 2.2万")));

        assertEquals(Outcome.GOOD, a.outcome(), a.reason());
        assertEquals("把存档做成每天的习惯", a.title());
        assertTrue(a.mainText().startsWith("每天检查一次引用的文章"), a.mainText());
        assertTrue(a.mainText().endsWith("第二步是每天定时打开它们，把浏览器看到的东西原样存下来。"), a.mainText());
        assertFalse(a.mainText().contains("付费"), a.mainText());
        assertEquals(a.fingerprint(), morePayers.fingerprint());
    }

    @Test
    void videoPostIsItsDescriptionAndPoster() {
        String html = Captures.template("wechat/video-post.html");
        String url = "https://mp.weixin.qq.com/s/VideoPostTemplate00001A";
        Assessment a = judge.assess(Captures.page(url, 200, html));
        Assessment otherPoster = judge.assess(Captures.page(url, 200, html.replace("videoPosterTemplate0001", "videoPosterTemplate0002")));

        assertEquals(Outcome.GOOD, a.outcome(), a.reason());
        assertEquals("构建未来的 Agent 基础设施", a.title());
        assertEquals("""
                三位平台负责人聊 Agent 基础设施的最新变化。

                从工具调用到长时间运行的任务，再到多个 Agent 之间的协作。

                ![poster](https://mmbiz.qpic.cn/mmbiz_jpg/videoPosterTemplate0001/0?wx_fmt=jpeg)""", a.mainText());
        assertNotEquals(a.fingerprint(), otherPoster.fingerprint(), "the poster is part of the post");
    }

    @Test
    void verificationWallAtTheArticlesAddressIsBlockedNotGone() {
        Assessment a = judge.assess(Captures.page("https://mp.weixin.qq.com/s/WallTemplate00000000001", 200,
                Captures.template("wechat/verification-wall.html")));

        assertEquals(Outcome.WALL, a.outcome());
        assertEquals("环境异常", a.reason());
    }

    @Test
    void aNoticeThatNamesThePostsKindIsStillANotice() {
        String notice = Captures.realWorld("wechat/deleted-by-author-P9cMowFQ-QahLRnfHponKw.html")
                .replace("</head>", "<meta property=\"og:description\" content=\"今年，中国汽车行业价格战\">"
                        + "<meta property=\"og:image\" content=\"https://mmbiz.qpic.cn/mmbiz_jpg/cover/0\">"
                        + "<script>window.item_show_type = '8' || '';</script></head>");
        for (String kind : List.of("8", "5", "10")) {
            Assessment a = judge.assess(Captures.page(url(IMAGE_POST), 200, notice.replace("'8' ||", "'" + kind + "' ||")));

            assertEquals(Outcome.GONE, a.outcome(), "kind " + kind + ": " + a.reason());
            assertEquals("该内容已被发布者删除", a.reason());
        }
    }

    @Test
    void anArticleAsRenderedKeepsItsTextNotTheLiveAccountCardInIt() {
        String html = Captures.template("wechat/rendered-article.html");
        String url = "https://mp.weixin.qq.com/s/RenderedArticle0000001";
        Assessment a = judge.assess(Captures.page(url, 200, html));
        // the account card WeChat renders into the article counts the account's posts: it grows with every new one
        Assessment laterDay = judge.assess(Captures.page(url, 200, html.replace("386篇原创内容", "391篇原创内容")
                .replace("阅读 1.2万", "阅读 1.5万").replace("赞 88", "赞 97").replace("12个", "13个")));

        assertEquals(Outcome.GOOD, a.outcome(), a.reason());
        assertEquals("把每天的引用存成档案", a.title());
        assertTrue(a.mainText().startsWith("笔记里引用的文章会消失。"), a.mainText());
        assertTrue(a.mainText().endsWith("下一篇说说怎么把这些存档放进 git。"), a.mainText());
        assertFalse(a.mainText().contains("篇原创内容"), a.mainText());
        assertFalse(a.mainText().contains("renderedProfileAvatar01"), a.mainText());
        assertEquals(a.fingerprint(), laterDay.fingerprint());
    }

    @Test
    void aRepostIsTheArticleWithoutTheCardOfWhereItCameFrom() {
        Assessment a = judge.assess(Captures.page("https://mp.weixin.qq.com/s/ReprintArticle00000001", 200,
                Captures.template("wechat/reprint-article.html")));

        assertEquals(Outcome.GOOD, a.outcome(), a.reason());
        assertEquals("为什么选用外部看门狗的监控芯片", a.title());
        assertTrue(a.mainText().startsWith("看门狗的作用是在软件跑飞时把系统拉回来。"), a.mainText());
        assertFalse(a.mainText().contains("以下文章来源于"), a.mainText());
    }

    @Test
    void audioPostIsItsDescriptionAndCoverWithOrWithoutItsData() {
        String html = Captures.template("wechat/audio-post.html");
        String url = "https://mp.weixin.qq.com/s/AudioPostTemplate00001A";
        // WeChat writes the description into #js_audio_desc; a copy whose scripts ran shows it there
        String shown = html.replace("<div class=\"share_audio_desc\" id=\"js_audio_desc\"></div>",
                "<div class=\"share_audio_desc\" id=\"js_audio_desc\">这一期聊微信文章被删以后，链接还剩下什么。<br><br>嘉宾：两位做网页存档的工程师。</div>");
        String withoutShowType = shown.replace("window.item_show_type = '7' || '';", "")
                .replace("window.real_item_show_type = '7' || '';", "").replace("item_show_type: '7' * 1,", "");
        assertNotEquals(html, shown, "the template changed; this test no longer fills the description in");

        Assessment a = judge.assess(Captures.page(url, 200, html));
        Assessment b = judge.assess(Captures.page(url, 200, withoutShowType));

        assertEquals("存档播客第 3 期：删掉的文章去哪了", a.title());
        assertEquals("""
                这一期聊微信文章被删以后，链接还剩下什么。

                嘉宾：两位做网页存档的工程师。

                ![poster](https://mmbiz.qpic.cn/mmbiz_jpg/audioCoverTemplate0001/0?wx_fmt=jpeg)""", a.mainText());
        assertEquals(a.mainText(), b.mainText(), "told by its page class page_share_audio");
        assertEquals(a.fingerprint(), b.fingerprint());
    }

    @Test
    void musicShareIsItsDescriptionAndCoverNotThePagesShell() {
        // item_show_type 6 (MUSIC_SHARE_PAGE in WeChat's own ITEM_SHOW_TYPE_MAP) has its description written into
        // #js_common_share_desc, as a video post has
        String html = Captures.template("wechat/video-post.html").replace("'5'", "'6'")
                .replace("page_share_video", "page_share_music");
        Assessment a = judge.assess(Captures.page("https://mp.weixin.qq.com/s/MusicPostTemplate00001A", 200, html));

        assertEquals(Outcome.GOOD, a.outcome(), a.reason());
        assertTrue(a.mainText().startsWith("三位平台负责人聊 Agent 基础设施的最新变化。"), a.mainText());
        assertFalse(a.mainText().contains("60:00"), a.mainText());
        assertFalse(a.mainText().contains("宝玉AI"), a.mainText());
    }

    @Test
    void anAlbumIsItsNameAndItsArticlesInOrder() {
        String url = "https://mp.weixin.qq.com/mp/appmsgalbum?__biz=MzU3MTAwNTY5Mg==&action=getalbum&album_id=2483059132619587585";
        String html = Captures.template("wechat/album.html");
        Assessment a = judge.assess(Captures.page(url, 200, html));
        String more = html.replace("</ul>", "<li class=\"album__list-item js_album_item js_wx_tap_highlight wx_tap_cell\" "
                + "data-msgid=\"2247483690\" data-itemidx=\"1\" data-title=\"存档要存多久\" data-pos_num=\"4\">"
                + "<div class=\"album__item-content\"><div class=\"album__item-title\"><span class=\"js_article_index\">4. </span>"
                + "存档要存多久</div></div></li></ul>");

        assertEquals(Outcome.GOOD, a.outcome(), a.reason());
        assertEquals("网页存档入门", a.title());
        int first = a.mainText().indexOf("为什么要给引用做存档");
        int third = a.mainText().indexOf("删掉的文章怎么认出来");
        assertTrue(first >= 0 && third > first, a.mainText());
        assertNotEquals(a.fingerprint(), judge.assess(Captures.page(url, 200, more)).fingerprint(), "a new article in the album");
    }

    /** The picture addresses of the image post's own list, decoded. */
    private static List<String> pictureList(String html) {
        Matcher m = Pattern.compile("\\n {16}cdn_url: '([^']+)'").matcher(html);
        List<String> urls = new java.util.ArrayList<>();
        while (m.find()) {
            urls.add(m.group(1).replace("\\x26amp;", "&"));
        }
        return urls;
    }

    private static String caption(String html) {
        Matcher m = Pattern.compile("content_noencode: JsDecode\\('([^']+)'\\)").matcher(html);
        assertTrue(m.find());
        return ScriptData.decode(m.group(1));
    }
}
