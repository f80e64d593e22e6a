package org.refkeeper.testing;

import org.refkeeper.Archive;
import org.refkeeper.RunOptions;
import org.refkeeper.demo.LocalSite;
import org.refkeeper.demo.SiteResponse;
import org.refkeeper.run.RunListener;
import org.refkeeper.report.RunReport;

import java.awt.Color;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A real archive, made by running refkeeper three times over a note that cites a WeChat-like article and a
 * blog post: the article as first written, then with its second paragraph edited, then deleted (WeChat's own
 * notice, HTTP 200). The article hides its text until a script runs, loads its pictures lazily from
 * mmbiz.qpic.cn (real bytes only with WeChat's Referer), styles itself from another host with an imported
 * sheet, a font and background images, and pings a beacon from script.
 */
public final class ArchivedArticle implements AutoCloseable {
    public static final String ARTICLE = "https://mp.weixin.qq.com/s/RestoreTestArticle01";
    public static final String BLOG = Pages.GZIPPED;
    public static final String TITLE = "恢复测试：一篇会被删除的文章";
    public static final String OPENING = "这篇文章用来检验离线恢复：正文、图片和样式都要在断网时完整显示。";
    public static final String FIRST_DRAFT = "初稿的第二段说，独角鲸的长牙其实是一颗牙齿。";
    public static final String EDITED = "改过的第二段说，独角鲸的长牙是一颗会感知水温的牙齿。";
    /** A word only the article's text has, not its title or URL. */
    public static final String SEARCH_WORD = "独角鲸";
    /** Addresses a hostile page could use to escape the restore folder or hit a device name. */
    public static final List<String> CRAFTED = List.of("https://mmbiz.qpic.cn/..%2F..%2F..%2Fetc%2Fpasswd",
            "https://mmbiz.qpic.cn/CON");
    public static final byte[] CRAFTED_PICTURE = Pngs.solid(33, 17, Color.MAGENTA);
    public static final String STYLE = "https://res.wx.qq.com/mmbizappmsg/style.css";
    public static final String DELETED_PAGE = "wechat/deleted-by-author-P9cMowFQ-QahLRnfHponKw.html";

    public final LocalSite site;
    public final Path root;
    public final Path note;
    /** The runs: first draft, edited, deleted. */
    public final List<RunReport> runs;
    public final AtomicInteger beacons;

    private ArchivedArticle(LocalSite site, Path root, Path note, List<RunReport> runs, AtomicInteger beacons) {
        this.site = site;
        this.root = root;
        this.note = note;
        this.runs = runs;
        this.beacons = beacons;
    }

    public static ArchivedArticle build(Path dir) throws IOException {
        LocalSite site = Fixtures.startSite();
        try {
            String[] page = {article(FIRST_DRAFT)};
            AtomicInteger beacons = new AtomicInteger();
            site.route("mp.weixin.qq.com", "/s/RestoreTestArticle01", request -> SiteResponse.html(page[0]));
            site.route("mp.weixin.qq.com", "/mp/beacon", request -> {
                beacons.incrementAndGet();
                return SiteResponse.status(204, "");
            });
            addStyle(site);
            for (int i = 0; i < CRAFTED.size(); i++) {
                site.route("mmbiz.qpic.cn", CRAFTED.get(i).substring("https://mmbiz.qpic.cn".length()),
                        SiteResponse.of(200, "image/png", CRAFTED_PICTURE));
            }
            Path note = dir.resolve("notes/reading.md");
            Files.createDirectories(note.getParent());
            Files.writeString(note, "# 读书笔记\n\n- [本地恢复测试文章](" + ARTICLE + ")\n"
                    + "- [gzip post](" + BLOG + ")\n");
            Path root = dir.resolve("archive");
            RunReport first = run(root, note, site);
            page[0] = article(EDITED);
            RunReport edited = run(root, note, site);
            page[0] = Files.readString(RealWorld.dir().resolve(DELETED_PAGE));
            RunReport deleted = run(root, note, site);
            return new ArchivedArticle(site, root, note, List.of(first, edited, deleted), beacons);
        } catch (IOException | RuntimeException e) {
            site.close();
            throw e;
        }
    }

    public Archive open() {
        return Archive.open(root);
    }

    private static RunReport run(Path root, Path note, LocalSite site) throws IOException {
        try (Archive archive = Archive.open(root)) {
            return archive.run(new RunOptions(List.of(note), Fixtures.settings(site, Duration.ofSeconds(20), true),
                    Optional.of(0L)), RunListener.NONE);
        }
    }

    private static void addStyle(LocalSite site) {
        String host = "res.wx.qq.com";
        site.route(host, "/mmbizappmsg/style.css", css("""
                @charset "utf-8";
                @import url("extra.css");
                @font-face { font-family: "Brand"; src: url(fonts/brand.woff2) format("woff2"); }
                body { margin: 0; background: #f7f7f7 url('/mmbizappmsg/paper.png') repeat; }
                .rich_media_area_primary { max-width: 677px; margin: 0 auto; padding: 20px 16px; background: #fff; }
                #activity-name { font-family: "Brand", sans-serif; font-size: 22px; }
                """));
        site.route(host, "/mmbizappmsg/extra.css", css("""
                #js_content p { color: #333; font-size: 17px; line-height: 1.75; }
                .quote { border-left: 6px solid #07c160; padding-left: 40px; background: url("quote.png") no-repeat 10px 4px; }
                """));
        site.route(host, "/mmbizappmsg/paper.png", SiteResponse.of(200, "image/png", Pngs.solid(8, 8, new Color(0xF0E8D8))));
        site.route(host, "/mmbizappmsg/quote.png", SiteResponse.of(200, "image/png", Pngs.solid(20, 20, new Color(0x07C160))));
        // a font from another host loads only with CORS, as from a real CDN
        site.route(host, "/mmbizappmsg/fonts/brand.woff2", SiteResponse.of(200, "font/woff2",
                "not really a font".getBytes(StandardCharsets.UTF_8)).withHeader("Access-Control-Allow-Origin", "*"));
        site.route("mmbiz.qpic.cn", "/sz_mmbiz_png/band/0", SiteResponse.of(200, "image/png",
                Pngs.solid(16, 16, new Color(0x3366CC))));
        site.route("mmbiz.qpic.cn", "/poster/0", SiteResponse.of(200, "image/png", Pngs.solid(320, 180, Color.DARK_GRAY)));
    }

    private static SiteResponse css(String text) {
        return SiteResponse.of(200, "text/css", text.getBytes(StandardCharsets.UTF_8));
    }

    public static String article(String secondParagraph) {
        String images = IntStream.range(0, WechatLike.IMAGES.size())
                .mapToObj(i -> "<p style=\"height:1200px\">一段很长的正文，第 " + (i + 1) + " 节。</p>\n"
                        + "<p><img class=\"rich_pages wxw-img\" data-src=\"" + WechatLike.IMAGES.get(i).replace("&", "&amp;")
                        + "\" src=\"data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==\"></p>\n")
                .collect(Collectors.joining());
        String crafted = CRAFTED.stream().map(u -> "<img src=\"" + u + "\">").collect(Collectors.joining(" "));
        return """
                <!DOCTYPE html><html><head><meta charset="utf-8"><title>%1$s</title>
                <link rel="stylesheet" href="%2$s"></head><body>
                <div class="rich_media_area_primary">
                <h1 id="activity-name">%1$s</h1>
                <div id="js_content" style="visibility: hidden; opacity: 0;">
                <p>%3$s</p>
                <p class="quote">%4$s</p>
                <section style="background-image: url(&quot;https://mmbiz.qpic.cn/sz_mmbiz_png/band/0&quot;);
                  height: 32px"></section>
                <p>%5$s</p>
                %6$s<p>全文完。</p>
                <video poster="https://mmbiz.qpic.cn/poster/0" width="320" height="180"></video>
                </div></div>
                <script>
                  const content = document.getElementById('js_content');
                  content.style.visibility = 'visible';
                  content.style.opacity = '1';
                  fetch('https://mp.weixin.qq.com/mp/beacon?from=article', {mode: 'no-cors'})
                    .then(() => { document.body.dataset.beacon = 'sent'; },
                          () => { document.body.dataset.beacon = 'blocked'; });
                </script>
                </body></html>
                """.formatted(TITLE, STYLE, OPENING, secondParagraph, crafted, images);
    }

    @Override
    public void close() {
        site.close();
    }
}
