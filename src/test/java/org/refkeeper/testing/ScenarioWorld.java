package org.refkeeper.testing;

import org.refkeeper.demo.LocalSite;
import org.refkeeper.demo.SiteRequest;
import org.refkeeper.demo.SiteResponse;
import org.refkeeper.verdict.State;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Issue 3's fixture world: WeChat-like and Zhihu-like articles and blog posts, each with noise that differs on
 * every request, served in three phases. A: the articles. A2: the same articles, other noise. B: some edited,
 * some replaced by WeChat's real deletion and violation notices (HTTP 200), a Zhihu 404, captcha walls,
 * 503s, a dropped connection, a redirect to a new address.
 */
public final class ScenarioWorld {
    public enum Phase { A, A2, B }

    /** One cited source and the state phase B must give it. */
    public record Source(String url, String title, State expectedInB) {
    }

    public static final String EDITED_BEFORE = "第二段：模型压缩的第一步是剪枝，去掉不重要的权重。";
    public static final String EDITED_AFTER = "第二段：模型压缩的第一步是量化，把权重从浮点换成整数。";
    public static final String SHARED_IMAGE = "https://mmbiz.qpic.cn/mmbiz_png/scenario-shared/640";

    private static final String WX = "https://mp.weixin.qq.com/s/";
    public static final Source WX_EDITED = new Source(WX + "ScenarioEdited0000001", "剪枝与量化", State.CHANGED);
    public static final Source WX_DELETED = new Source(WX + "ScenarioDeleted000001", "被作者删除的文章", State.VANISHED);
    public static final Source WX_VIOLATION = new Source(WX + "ScenarioViolation0001", "被屏蔽的文章", State.VANISHED);
    public static final Source WX_CAPTCHA = new Source(WX + "ScenarioCaptcha000001", "遇到验证的文章", State.BLOCKED);
    public static final Source WX_CAPTCHA_REDIRECT = new Source(WX + "ScenarioCaptchaRedir1", "被重定向到验证页的文章", State.BLOCKED);
    public static final Source WX_TEMPORARY = new Source(WX + "ScenarioTemporary0001", "暂时无法查看的文章", State.UNREACHABLE);
    public static final Source WX_SAME = new Source(WX + "ScenarioSame00000001", "没有变化的文章", State.UNCHANGED);
    public static final Source ZHIHU_GONE = new Source("https://zhuanlan.zhihu.com/p/200000001", "被删除的专栏文章", State.VANISHED);
    public static final Source ZHIHU_ANSWER = new Source("https://www.zhihu.com/question/300/answer/301", "一个回答", State.UNCHANGED);
    public static final Source BLOG_BUSY = new Source("https://blog.example.org/posts/busy.html", "A busy server", State.UNREACHABLE);
    public static final Source BLOG_DROPPED = new Source("https://blog.example.org/posts/dropped.html", "A dropped connection", State.UNREACHABLE);
    public static final Source BLOG_MOVED = new Source("https://blog.example.org/posts/old-home.html", "A post that moved", State.UNCHANGED);
    public static final Source BLOG_EDITED = new Source("https://blog.example.org/posts/edited.html", "An edited post", State.CHANGED);
    public static final String BLOG_MOVED_TO = "https://blog.example.org/posts/new-home.html";

    public static final List<Source> SOURCES = List.of(WX_EDITED, WX_DELETED, WX_VIOLATION, WX_CAPTCHA,
            WX_CAPTCHA_REDIRECT, WX_TEMPORARY, WX_SAME, ZHIHU_GONE, ZHIHU_ANSWER, BLOG_BUSY, BLOG_DROPPED,
            BLOG_MOVED, BLOG_EDITED);

    private final Random noise;
    private volatile Phase phase = Phase.A;

    private ScenarioWorld(long seed) {
        this.noise = new Random(seed);
    }

    /** A site serving the world; {@code seed} varies the noise. */
    public static ScenarioWorld on(LocalSite site, long seed) throws IOException {
        ScenarioWorld world = new ScenarioWorld(seed);
        world.addTo(site);
        return world;
    }

    public void phase(Phase next) {
        phase = next;
    }

    /**
     * A note citing every source, bare URL then title (the seed note's style), in an order the seed shuffles; the
     * two captcha walls last, because a wall leaves the rest of its host alone for the run (FaultyWebRunTest).
     */
    public static Path writeNote(Path dir, long seed) throws IOException {
        List<Source> order = new ArrayList<>(SOURCES);
        Collections.shuffle(order, new Random(seed));
        order.removeAll(List.of(WX_CAPTCHA, WX_CAPTCHA_REDIRECT));
        order.addAll(List.of(WX_CAPTCHA, WX_CAPTCHA_REDIRECT));
        String body = order.stream().map(s -> s.url() + "\n\n" + s.title() + "\n").collect(Collectors.joining("\n"));
        Path note = dir.resolve("notes/scenario.md");
        Files.createDirectories(note.getParent());
        Files.writeString(note, "# 场景\n\n" + body);
        return note;
    }

    public static byte[] image(int i) {
        return Pngs.solid(300 + 20 * i, 200, new Color(30 * i % 255, 90, 160));
    }

    private void addTo(LocalSite site) throws IOException {
        Path wechat = RealWorld.dir().resolve("wechat");
        String deleted = Files.readString(wechat.resolve("deleted-by-author-P9cMowFQ-QahLRnfHponKw.html"));
        String violation = Files.readString(wechat.resolve("violation--WZT_VzhmSkJRAjb6GwsUA.html"));
        String temporary = Files.readString(wechat.resolve("temporarily-unavailable-Fa_q7Pg8ZiQNmtqJeDNNuQ.html"));
        String captcha = "<!DOCTYPE html><html><head><meta charset=utf-8><title>微信公众平台</title></head><body>"
                + "<div class=weui-msg><h2>环境异常</h2><p>当前环境异常，完成验证后即可继续访问。</p>"
                + "<a href=#>去验证</a></div></body></html>";

        wechat(site, WX_EDITED, p -> p == Phase.B ? EDITED_AFTER : EDITED_BEFORE, null);
        wechat(site, WX_DELETED, p -> EDITED_BEFORE, p -> p == Phase.B ? deleted : null);
        wechat(site, WX_VIOLATION, p -> "第二段：这篇文章后来因为违规被屏蔽了。", p -> p == Phase.B ? violation : null);
        wechat(site, WX_CAPTCHA, p -> "第二段：抓取太频繁时会遇到验证。", p -> p == Phase.B ? captcha : null);
        wechat(site, WX_TEMPORARY, p -> "第二段：内容审核期间暂时无法查看。", p -> p == Phase.B ? temporary : null);
        wechat(site, WX_SAME, p -> "第二段：这篇文章一直没有变。", null);
        site.route("mp.weixin.qq.com", path(WX_CAPTCHA_REDIRECT.url()), req -> phase == Phase.B
                ? SiteResponse.redirect(302, "https://mp.weixin.qq.com/mp/wappoc_appmsgcaptcha?poc_token=x&target_url="
                + WX_CAPTCHA_REDIRECT.url())
                : SiteResponse.html(wechatArticle(WX_CAPTCHA_REDIRECT, "第二段：验证页是一次重定向。")));
        site.route("mp.weixin.qq.com", "/mp/wappoc_appmsgcaptcha", SiteResponse.html(captcha));
        for (int i = 0; i < 2; i++) {
            byte[] real = image(i);
            site.route("mmbiz.qpic.cn", path(imageUrl(i)), req -> fromWechat(req)
                    ? SiteResponse.of(200, "image/png", real) : SiteResponse.of(200, "image/png", WechatLike.PLACEHOLDER));
        }
        byte[] shared = image(7);
        site.route("mmbiz.qpic.cn", path(SHARED_IMAGE), req -> fromWechat(req)
                ? SiteResponse.of(200, "image/png", shared) : SiteResponse.of(200, "image/png", WechatLike.PLACEHOLDER));

        site.route("zhuanlan.zhihu.com", path(ZHIHU_GONE.url()), req -> phase == Phase.B
                ? SiteResponse.html(zhihuNotFound()).withStatus(404) : SiteResponse.html(zhihuArticle()));
        site.route("www.zhihu.com", path(ZHIHU_ANSWER.url()), req -> SiteResponse.html(zhihuAnswer()));

        site.route("blog.example.org", path(BLOG_BUSY.url()), req -> phase == Phase.B
                ? SiteResponse.status(503, "Service Unavailable") : SiteResponse.html(blog(BLOG_BUSY, "The server will be busy.")));
        site.route("blog.example.org", path(BLOG_DROPPED.url()), req -> phase == Phase.B
                ? SiteResponse.drop() : SiteResponse.html(blog(BLOG_DROPPED, "The connection will drop.")));
        site.route("blog.example.org", path(BLOG_MOVED.url()), req -> phase == Phase.B
                ? SiteResponse.redirect(301, BLOG_MOVED_TO) : SiteResponse.html(blog(BLOG_MOVED, "This post moves house.")));
        site.route("blog.example.org", path(BLOG_MOVED_TO), req -> SiteResponse.html(blog(BLOG_MOVED, "This post moves house.")));
        site.route("blog.example.org", path(BLOG_EDITED.url()), req -> SiteResponse.html(blog(BLOG_EDITED,
                phase == Phase.B ? "The second paragraph was rewritten." : "The second paragraph as first published.")));
    }

    private void wechat(LocalSite site, Source s, Function<Phase, String> second, Function<Phase, String> replacement) {
        site.route("mp.weixin.qq.com", path(s.url()), req -> {
            String instead = replacement == null ? null : replacement.apply(phase);
            return SiteResponse.html(instead != null ? instead : wechatArticle(s, second.apply(phase)));
        });
    }

    private String wechatArticle(Source s, String secondParagraph) {
        List<String> related = new ArrayList<>(List.of("相关阅读一", "相关阅读二", "相关阅读三", "相关阅读四"));
        Collections.shuffle(related, noise);
        return """
                <!DOCTYPE html><html><head><meta charset="utf-8"><title>%1$s</title>
                <meta property="og:title" content="%1$s"></head><body>
                <h1 id="activity-name">%1$s</h1><a id="js_name">场景实验室</a>
                <em id="publish_time">%2$s</em>
                <div id="js_content" style="visibility: hidden; opacity: 0;">
                <p>第一段：这是一篇用来测试存档状态的公众号文章，标题是%1$s。</p>
                <p>%3$s</p>
                <p style="height:1200px">第三段：图片在很下面，只有滚动到那里才会加载。</p>
                <img data-src="%4$s"><img data-src="%5$s">
                <p>第四段：文章到这里结束。</p>
                </div>
                <div id="js_read_area3">阅读 %6$d · 在看 %7$d</div>
                <ul class="related">%8$s</ul>
                <script>
                  var c = document.getElementById('js_content'); c.style.visibility = 'visible'; c.style.opacity = '1';
                  var nonce = '%9$s'; var ct = '%10$d';
                </script></body></html>
                """.formatted(s.title(), "2026-11-" + (10 + noise.nextInt(18)), secondParagraph,
                imageUrl(0), s == WX_EDITED || s == WX_SAME ? SHARED_IMAGE : imageUrl(1),
                noise.nextInt(100000), noise.nextInt(1000),
                related.stream().map(r -> "<li>" + r + "</li>").collect(Collectors.joining()),
                Long.toHexString(noise.nextLong()), noise.nextInt());
    }

    private String zhihuArticle() {
        return """
                <!DOCTYPE html><html><head><meta charset="utf-8"><title>被删除的专栏文章 - 知乎</title></head><body>
                <div id="root"></div>
                <script id="js-initialData" type="text/json">{"title":"被删除的专栏文章","voteup":%d,
                "paragraphs":["知乎专栏的正文由脚本从内嵌的 JSON 渲染出来。","第二段：这篇文章以后会被删除。"]}</script>
                <script>
                  var d = JSON.parse(document.getElementById('js-initialData').textContent);
                  document.getElementById('root').innerHTML = '<h1 class="Post-Title">' + d.title + '</h1>'
                    + '<div class="Post-RichText">' + d.paragraphs.map(p => '<p>' + p + '</p>').join('') + '</div>'
                    + '<div class="ContentItem-actions">赞同 ' + d.voteup + '</div>';
                </script></body></html>
                """.formatted(noise.nextInt(5000));
    }

    private static String zhihuNotFound() {
        return "<!DOCTYPE html><html><head><meta charset=utf-8><title>404 - 知乎</title></head><body>"
                + "<div class=ErrorPage><h1>404</h1><p>你似乎来到了没有知识存在的荒原</p><a href=/>去往首页</a></div></body></html>";
    }

    private String zhihuAnswer() {
        return """
                <!DOCTYPE html><html><head><meta charset="utf-8"><title>一个问题 - 知乎</title></head><body>
                <h1 class="QuestionHeader-title">如何评价网页存档？</h1>
                <div class="RichContent"><div class="RichContent-inner"><p>回答的正文：存档让引用不会失效。</p>
                <p>第二段：定期检查来源是否变化。</p></div>
                <div class="ContentItem-actions">赞同 %d · %d 条评论</div></div>
                <div class="Card">相关问题 %d</div></body></html>
                """.formatted(noise.nextInt(9000), noise.nextInt(90), noise.nextInt());
    }

    private String blog(Source s, String second) {
        return """
                <!DOCTYPE html><html><head><meta charset="utf-8"><title>%1$s | Scenario blog</title></head><body>
                <nav><a href="/">Home</a> · visited %2$d times</nav>
                <main><article><h1>%1$s</h1>
                <p>The first paragraph of a blog post that a note cites, long enough to be the main text.</p>
                <p>%3$s</p></article></main>
                <aside>Ad: %4$s</aside><footer>Rendered at %5$d</footer></body></html>
                """.formatted(s.title(), noise.nextInt(100000), second, Long.toHexString(noise.nextLong()),
                System.nanoTime());
    }

    private static String imageUrl(int i) {
        return "https://mmbiz.qpic.cn/mmbiz_png/scenario-" + i + "/640";
    }

    private static boolean fromWechat(SiteRequest request) {
        return request.referer().filter(r -> r.startsWith("https://mp.weixin.qq.com/")).isPresent();
    }

    private static String path(String url) {
        return java.net.URI.create(url).getRawPath();
    }
}
