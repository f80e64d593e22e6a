package org.refkeeper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refkeeper.demo.LocalSite;
import org.refkeeper.demo.SiteResponse;
import org.refkeeper.restore.RestoreResult;
import org.refkeeper.run.RunListener;
import org.refkeeper.report.RunEntry;
import org.refkeeper.report.RunReport;
import org.refkeeper.testing.Fixtures;
import org.refkeeper.testing.RealWorld;
import org.refkeeper.verdict.State;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Real WeChat responses, served again under their own addresses, run through the whole pipeline. */
class RealWorldRunTest {
    /** The kinds of post that are no article: each with its id, a sentence of its text, and chrome around it. */
    private static final Map<String, String> POSTS = Map.of(
            "image-post-JJyPUpHLM2bGvfk5FNvTUA.html", "2025年9月，新能源汽车销售均价下滑至15.8万元",
            "text-post-o0tunrGKXwJxw4LZujRQdg.html", "这是对技术人员最坏的时代，也是对技术人员最好的时代。",
            "article-share-bRt0seqxnIuoQnASJTU-8w.html", "我们太强调技术胜过人，但技术也可以有人性。");
    private static final List<String> CHROME = List.of("阅读 ", "向上滑动看下一个", "微信扫一扫", "轻触阅读原文", "\\x0a");

    @TempDir
    Path dir;

    @Test
    void realArticlesAreKeptAndRealNoticesJudgedForWhatTheyAre() throws Exception {
        List<Path> pages = RealWorld.wechatPages();
        String note = pages.stream().map(p -> RealWorld.wechatUrl(p) + "\n" + p.getFileName() + "\n")
                .collect(Collectors.joining("\n"));
        Path notePath = dir.resolve("wechat.md");
        Files.writeString(notePath, note);
        try (LocalSite site = Fixtures.startSite(); Archive archive = Archive.open(dir.resolve("archive"))) {
            RunReport run = run(archive, notePath, site);
            Map<String, RunEntry> byFile = pages.stream().collect(Collectors.toMap(p -> p.getFileName().toString(),
                    p -> run.sources().stream().filter(e -> e.url().equals(RealWorld.wechatUrl(p))).findFirst().orElseThrow()));
            byFile.forEach((file, e) -> {
                State expected = file.startsWith("temporarily-") ? State.UNREACHABLE
                        : file.startsWith("deleted-") || file.startsWith("violation-") ? State.VANISHED : State.NEW;
                assertEquals(expected, e.state(), file + ": " + e.reason());
            });
            assertEquals("该内容已被发布者删除", byFile.get("deleted-by-author-P9cMowFQ-QahLRnfHponKw.html").reason());
            assertEquals("此内容因违规无法查看", byFile.get("violation--WZT_VzhmSkJRAjb6GwsUA.html").reason());
            RunEntry article = byFile.get("article-KDWh_qGpFN5Vu1TR9t30Mw.html");
            String content = contentMd(article);
            assertTrue(content.length() > 2000, "the article's main text is kept: " + content.length() + " chars");
            assertTrue(content.startsWith("# " + article.liveTitle()), content.substring(0, 200));
        }
    }

    @Test
    void everyKindOfPostIsKeptWithItsTextAndOtherReadCountsChangeNothing() throws Exception {
        Path notePath = dir.resolve("posts.md");
        Files.writeString(notePath, POSTS.keySet().stream().map(f -> url(f) + "\n").collect(Collectors.joining("\n")));
        try (LocalSite site = Fixtures.startSite(); Archive archive = Archive.open(dir.resolve("archive"))) {
            int[] reads = {44000};
            for (String file : POSTS.keySet()) {
                String html = Files.readString(RealWorld.dir().resolve("wechat/" + file));
                site.route("mp.weixin.qq.com", "/s/" + id(file), request -> SiteResponse.html(withReadCount(html, reads[0])));
            }
            RunReport first = run(archive, notePath, site);
            reads[0] = 45123;
            RunReport second = run(archive, notePath, site);

            for (String file : POSTS.keySet()) {
                RunEntry now = entry(first, file);
                assertEquals(State.NEW, now.state(), file + ": " + now.reason());
                assertTrue(now.bundle().isPresent(), file + " has no bundle");
                String content = contentMd(now);
                assertTrue(content.contains(POSTS.get(file)), file + " lost its text:\n" + content);
                for (String chrome : CHROME) {
                    assertFalse(content.contains(chrome), file + " has page chrome in content.md: " + chrome + "\n" + content);
                }
                RunEntry again = entry(second, file);
                assertEquals(State.UNCHANGED, again.state(), file + " with other read counts: " + again.reason());
            }
            assertTrue(contentMd(entry(first, "text-post-o0tunrGKXwJxw4LZujRQdg.html"))
                    .startsWith("# AI编程带给程序员的危与机\n\n<https://mp.weixin.qq.com/s/o0tunrGKXwJxw4LZujRQdg>\n\n这两年经常听到"));
            assertEquals(4, contentMd(entry(first, "image-post-JJyPUpHLM2bGvfk5FNvTUA.html")).lines()
                    .filter(l -> l.startsWith("![](https://mmbiz.qpic.cn/")).count(), "every picture of the image post");
        }
    }

    @Test
    void anArticleItsRuleCannotReadIsKeptRestorableAndTheRuleIsNamed() throws Exception {
        String file = "article-KDWh_qGpFN5Vu1TR9t30Mw.html";
        String url = url(file);
        String html = Files.readString(RealWorld.dir().resolve("wechat/" + file));
        // a template change: the article body is no longer #js_content
        String changed = html.replace("id=\"js_content\"", "id=\"js_article_body\"");
        assertFalse(changed.contains("id=\"js_content\""));
        Path notePath = dir.resolve("one.md");
        Files.writeString(notePath, "[AI编程害死我了](" + url + ")\n");
        Path neverRead = dir.resolve("never-read.md");
        Files.writeString(neverRead, "[another](https://mp.weixin.qq.com/s/TemplateChangedFromTheStart)\n");
        try (LocalSite site = Fixtures.startSite(); Archive archive = Archive.open(dir.resolve("archive"))) {
            String[] page = {html};
            site.route("mp.weixin.qq.com", "/s/" + id(file), request -> SiteResponse.html(page[0]));
            site.route("mp.weixin.qq.com", "/s/TemplateChangedFromTheStart", SiteResponse.html(changed));
            RunReport read = run(archive, notePath, site);
            page[0] = changed;
            RunReport unread = run(archive, notePath, site);
            RunReport again = run(archive, notePath, site);
            RunReport first = run(archive, neverRead, site);

            assertEquals(State.NEW, read.sources().get(0).state());
            RunEntry e = unread.sources().get(0);
            assertEquals(State.ERROR, e.state(), "a template change is no change of the article, nor its vanishing");
            assertTrue(e.bundle().isPresent(), "the page is kept all the same");
            assertTrue(e.reason().contains("#js_content") && e.reason().contains("site rule for mp.weixin.qq.com"), e.reason());
            assertEquals(State.UNCHANGED, again.sources().get(0).state(), again.sources().get(0).reason());
            assertTrue(again.sources().get(0).bundle().isEmpty(), "the same unread page is not kept twice");
            RunEntry fromTheStart = first.sources().get(0);
            assertEquals(State.NEW, fromTheStart.state());
            assertTrue(fromTheStart.reason().startsWith("kept unread: main content missing: [wechat reader, #js_content]"),
                    fromTheStart.reason());

            String report = Files.readString(dir.resolve("archive/REPORT.md"));
            assertTrue(report.contains("(kept unread: main content missing: [wechat reader, #js_content]"), report);
            String restoredText = restore(archive, url, "restored");
            assertTrue(restoredText.contains("不应该使用pclose来关闭，而应该使用fclose！"), "the kept page restores with its text");
            assertTrue(restore(archive, fromTheStart.url(), "first").contains("不应该使用pclose来关闭"));
        }
    }

    private String restore(Archive archive, String url, String to) throws IOException {
        RestoreResult result = archive.restore(url, Optional.empty(), dir.resolve(to), false);
        return Files.readString(result.page());
    }

    private static RunReport run(Archive archive, Path note, LocalSite site) throws IOException {
        return archive.run(new RunOptions(List.of(note), Fixtures.settings(site, Duration.ofSeconds(30), true)
                .withConcurrency(2), Optional.of(0L)), RunListener.NONE);
    }

    private String contentMd(RunEntry e) throws IOException {
        return Files.readString(dir.resolve("archive/sources/" + e.id() + "/content.md"));
    }

    private static RunEntry entry(RunReport run, String file) {
        return run.sources().stream().filter(e -> e.url().equals(url(file))).findFirst().orElseThrow();
    }

    private static String id(String file) {
        return file.substring(file.length() - 27, file.length() - 5);
    }

    private static String url(String file) {
        return "https://mp.weixin.qq.com/s/" + id(file);
    }

    /** The page as a reader sees it on a day with {@code reads} readers: in the page's data and in its chrome. */
    private static String withReadCount(String html, int reads) {
        String shown = "阅读 " + (reads / 1000) + "." + (reads % 1000 / 100) + "万";
        return html.replace("read_num: '' * 1", "read_num: '" + reads + "' * 1")
                .replace("read_num = \"\" * 1", "read_num = \"" + reads + "\" * 1")
                .replace("rich_media_meta_empty_hide \"></span>", "\">" + shown + "</span>")
                .replace("<div class=\"interaction_bar\" style=\"-webkit-text-size-adjust: 100%;\">",
                        "<div class=\"interaction_bar\" style=\"-webkit-text-size-adjust: 100%;\"><span>" + shown
                                + "</span><span>赞 " + reads / 97 + "</span>");
    }
}
