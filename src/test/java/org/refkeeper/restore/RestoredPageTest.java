package org.refkeeper.restore;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.refkeeper.page.Header;
import org.refkeeper.testing.Pngs;
import org.refkeeper.testing.RealWorld;
import org.refkeeper.verdict.State;
import org.refkeeper.warc.Snapshot;
import org.refkeeper.warc.StoredResource;

import java.awt.Color;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Real WeChat server responses, restored from their HTML alone (as when a capture has no rendered DOM). */
class RestoredPageTest {
    private static final Instant AT = Instant.parse("2026-04-01T08:00:00Z");

    @Test
    void realWechatArticleShowsItsTextAndEveryLazyPictureFromLocalFiles() throws IOException {
        Path file = RealWorld.wechatPages().stream().filter(p -> p.getFileName().toString().startsWith("article-"))
                .findFirst().orElseThrow();
        String url = RealWorld.wechatUrl(file);
        byte[] html = Files.readAllBytes(file);
        Document original = Jsoup.parse(new String(html, StandardCharsets.UTF_8), url);
        assertTrue(original.selectFirst("#js_content").attr("style").contains("visibility: hidden"));
        List<String> lazy = original.select("#js_content img[data-src]").eachAttr("abs:data-src");
        assertFalse(lazy.isEmpty());

        Map<String, byte[]> pictures = new LinkedHashMap<>();
        lazy.forEach(u -> pictures.putIfAbsent(u, Pngs.solid(10 + pictures.size(), 10, Color.BLUE)));
        List<StoredResource> resources = new ArrayList<>();
        resources.add(resource(url, "text/html; charset=utf-8", html));
        pictures.forEach((u, png) -> resources.add(resource(u, "image/png", png)));
        RestoredPage page = RestoredPage.of(snapshot(url, resources), url, AT, State.VANISHED, CopyPolicy.OFFLINE);
        Document restored = Jsoup.parse(page.html(), "file:///copy/index.html");

        Element content = restored.selectFirst("#js_content");
        assertFalse(content.attr("style").matches("(?s).*(visibility\\s*:\\s*hidden|opacity\\s*:\\s*0).*"), content.attr("style"));
        assertEquals(original.selectFirst("#js_content").text(), content.text());
        List<Element> images = restored.select("#js_content img[data-src]");
        assertEquals(lazy.size(), images.size());
        for (int i = 0; i < images.size(); i++) {
            String src = images.get(i).attr("src");
            assertTrue(src.startsWith("files/"), src);
            assertArrayEquals(pictures.get(lazy.get(i)), page.files().get(src.substring("files/".length())), src);
        }
        assertTrue(restored.select("script").isEmpty());
        assertTrue(restored.select("base").isEmpty());
        assertEquals("no-referrer", restored.selectFirst("meta[name=referrer]").attr("content"));
        assertTrue(restored.getElementById(Banner.ID).text()
                .matches("Archived from \\Q" + url + "\\E on 2026-04-01 08:00 UTC · state now: vanished"));
        // nothing the capture lacks is fetched live: res.wx.qq.com sheets and scripts are gone, not linked
        for (Element e : restored.select("[src], link[href]")) {
            String address = e.hasAttr("src") ? e.attr("src") : e.attr("href");
            assertFalse(address.startsWith("http") || address.startsWith("//"), e.outerHtml());
        }
    }

    @Test
    void aPageInAnotherCharsetIsWrittenAsUtf8() throws IOException {
        Charset gbk = Charset.forName("GBK");
        String url = "https://blog.example.cn/post";
        String text = "这是一段用 GBK 编码的正文";
        byte[] body = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gbk\">"
                + "<title>旧博客</title></head><body><p>" + text + "</p></body></html>").getBytes(gbk);
        RestoredPage page = RestoredPage.of(snapshot(url, List.of(resource(url, "text/html; charset=GBK", body))),
                url, AT, State.CHANGED, CopyPolicy.OFFLINE);
        assertTrue(page.html().startsWith("<html><head><meta charset=\"utf-8\">"), page.html());
        assertTrue(page.html().contains(text));
        assertFalse(page.html().toLowerCase().contains("charset=gbk"));
    }

    @Test
    void theBannerEscapesWhatTheArchiveSays() throws IOException {
        String url = "https://x.example/a?<script>alert(1)</script>";
        byte[] body = "<p>hi</p>".getBytes(StandardCharsets.UTF_8);
        RestoredPage page = RestoredPage.of(snapshot(url, List.of(resource(url, "text/html", body))), url, AT,
                State.VANISHED, CopyPolicy.OFFLINE);
        Document restored = Jsoup.parse(page.html());
        assertTrue(restored.select("script, b").isEmpty(), page.html());
        assertTrue(restored.getElementById(Banner.ID).text().endsWith("state now: vanished"));
    }

    @Test
    void framesShowTheirCapturedDocumentsFromLocalFilesAndAFrameTheCaptureLacksLoadsNothing() throws IOException {
        String url = "https://news.example.com/story";
        String frame = "https://video.example.net/embed/7";
        byte[] png = Pngs.solid(4, 4, Color.RED);
        byte[] page = ("<p>story</p><iframe src=\"" + frame + "#t=3\"></iframe>"
                + "<iframe src=\"https://gone.example.org/widget\"></iframe><frame src=\"javascript:alert(1)\">")
                .getBytes(StandardCharsets.UTF_8);
        // the embedded player shows a picture and embeds itself again (a loop a restore must end)
        byte[] player = ("<p>player</p><img src=\"/poster.png\"><iframe src=\"" + frame + "\"></iframe>"
                + "<script>parent.location = 'https://evil.example/'</script>").getBytes(StandardCharsets.UTF_8);
        RestoredPage restored = RestoredPage.of(snapshot(url, List.of(resource(url, "text/html", page),
                resource(frame, "text/html", player), resource("https://video.example.net/poster.png", "image/png",
                        png))), url, AT, State.UNCHANGED, CopyPolicy.OFFLINE);

        Document doc = Jsoup.parse(restored.html());
        List<Element> frames = doc.select("iframe");
        String local = frames.get(0).attr("src");
        assertTrue(local.matches("files/[A-Za-z0-9_-]+\\.html"), local);
        assertEquals("about:blank", frames.get(1).attr("src"));
        assertEquals("https://gone.example.org/widget", frames.get(1).attr(PageRewriter.MISSING));
        Document embedded = Jsoup.parse(new String(restored.files().get(local.substring("files/".length())),
                StandardCharsets.UTF_8));
        assertTrue(embedded.text().contains("player"));
        assertTrue(embedded.select("script").isEmpty());
        assertArrayEquals(png, restored.files().get(embedded.selectFirst("img").attr("src")));
        assertEquals(local.substring("files/".length()), embedded.selectFirst("iframe").attr("src"),
                "the frame that embeds itself points at its own copy");
    }

    private static StoredResource resource(String url, String type, byte[] body) {
        return new StoredResource(url, 200, type, List.of(new Header("Content-Type", type)), body, AT);
    }

    private static Snapshot snapshot(String url, List<StoredResource> resources) {
        return new Snapshot(url, AT, Optional.empty(), resources, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }
}
