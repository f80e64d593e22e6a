package org.refkeeper.testing;

import org.refkeeper.demo.LocalSite;
import org.refkeeper.demo.SiteRequest;
import org.refkeeper.demo.SiteResponse;
import org.refkeeper.notes.Notes;
import org.refkeeper.sources.Reference;
import org.refkeeper.verdict.State;

import java.awt.Color;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

/**
 * The web the seed note cites, served from 127.0.0.1 under the real addresses: every WeChat article, Zhihu article,
 * answer and question, titled as the note titles it, each WeChat article with a picture that mmbiz.qpic.cn gives
 * only to WeChat's pages. Then ({@link #breakSome}) a few go the ways real sources go.
 */
public final class SeedWeb {
    /** Deleted by its author (WeChat's own notice, HTTP 200); the note's first citation, underscores inside words. */
    public static final String DELETED = "https://mp.weixin.qq.com/s/p_qdKcQwQ8y_JUw3gQUEnA";
    /** Blocked for violating rules (HTTP 200); its bare URL reaches a Jekyll page as emphasis (_MDbb..._). */
    public static final String VIOLATION = "https://mp.weixin.qq.com/s/_MDbbGzDOGHk5TBgbu_-oA";
    /** A Zhihu column article that now answers 404. */
    public static final String ZHIHU_GONE = "https://zhuanlan.zhihu.com/p/93020471";
    /**
     * Refused to this reader (HTTP 403): blocked, this page alone. (A captcha would close all of WeChat for the rest
     * of the run, run.HostSignal, and the seed note cites it before most WeChat articles.) Its id starts with a hyphen.
     */
    public static final String CAPTCHA = "https://mp.weixin.qq.com/s/-X7NYTzOzljzOaQL7_jOkw";
    /** A 503: unreachable, which is no reason to send readers to a copy. */
    public static final String BUSY = "https://mp.weixin.qq.com/s/uK-HasmiavM3jv6hNRY11A";

    /** What each broken source is after {@link #breakSome}; every other one stays as it was. */
    public static final Map<String, State> BROKEN = Map.of(DELETED, State.VANISHED, VIOLATION, State.VANISHED,
            ZHIHU_GONE, State.VANISHED, CAPTCHA, State.BLOCKED, BUSY, State.UNREACHABLE);

    private static final String FORBIDDEN_PAGE = "<!DOCTYPE html><html><head><meta charset=utf-8><title>403 Forbidden</title>"
            + "</head><body><h1>403 Forbidden</h1></body></html>";

    private final List<Reference> references;
    private volatile boolean broken;

    private SeedWeb(List<Reference> references) {
        this.references = references;
    }

    /** The seed note's sources, in the order of the note. */
    public static List<Reference> references() throws IOException {
        return Notes.scan(List.of(Seeds.note())).sources();
    }

    /** Serves every source of the seed note on {@code site}, as it was when the note was written. */
    public static SeedWeb on(LocalSite site) throws IOException {
        SeedWeb web = new SeedWeb(references());
        String deleted = Files.readString(RealWorld.dir().resolve("wechat/deleted-by-author-P9cMowFQ-QahLRnfHponKw.html"));
        String violation = Files.readString(RealWorld.dir().resolve("wechat/violation--WZT_VzhmSkJRAjb6GwsUA.html"));
        for (int i = 0; i < web.references.size(); i++) {
            Reference r = web.references.get(i);
            String title = r.citations().get(0).title();
            URI uri = URI.create(r.url());
            String article = uri.getHost().equals("mp.weixin.qq.com") ? wechat(title, i) : zhihu(uri, title, i);
            SiteResponse live = SiteResponse.html(article);
            SiteResponse gone = switch (BROKEN.getOrDefault(r.url(), State.UNCHANGED)) {
                case VANISHED -> r.url().equals(ZHIHU_GONE) ? SiteResponse.html(zhihuNotFound()).withStatus(404)
                        : SiteResponse.html(r.url().equals(DELETED) ? deleted : violation);
                case BLOCKED -> SiteResponse.html(FORBIDDEN_PAGE).withStatus(403);
                case UNREACHABLE -> SiteResponse.status(503, "Service Unavailable");
                default -> live;
            };
            site.route(uri.getHost(), uri.getRawPath(), request -> web.broken ? gone : live);
            byte[] picture = picture(i);
            site.route("mmbiz.qpic.cn", "/mmbiz_png/seed-" + i + "/640", request -> fromWechat(request)
                    ? SiteResponse.of(200, "image/png", picture) : SiteResponse.of(200, "image/png", WechatLike.PLACEHOLDER));
        }
        return web;
    }

    /** From now on the sources in {@link #BROKEN} answer as they say. */
    public void breakSome() {
        broken = true;
    }

    /** The text only the live article of the {@code i}th source has. */
    public static String text(int i) {
        return "种子笔记第 " + (i + 1) + " 篇来源的正文，用来检验存档副本。";
    }

    public static byte[] picture(int i) {
        return Pngs.solid(240 + 4 * i, 120, new Color(20 + 6 * i, 110, 180));
    }

    private static String wechat(String title, int i) {
        return """
                <!DOCTYPE html><html><head><meta charset="utf-8"><title>%1$s</title>
                <meta property="og:title" content="%1$s"></head><body>
                <h1 id="activity-name">%1$s</h1><a id="js_name">种子实验室</a>
                <div id="js_content" style="visibility: hidden; opacity: 0;">
                <p>%2$s</p><p>第二段：文章在这里讲它的主题，长度足够作为正文。</p>
                <p><img data-src="https://mmbiz.qpic.cn/mmbiz_png/seed-%3$d/640" src="data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw=="></p>
                </div>
                <script>
                  var c = document.getElementById('js_content'); c.style.visibility = 'visible'; c.style.opacity = '1';
                </script></body></html>
                """.formatted(title, text(i), i);
    }

    private static String zhihu(URI uri, String title, int i) {
        String body = "<p>" + text(i) + "</p><p>第二段：知乎的回答与文章都由这里的文字组成。</p>";
        if (uri.getHost().equals("zhuanlan.zhihu.com")) {
            return "<!DOCTYPE html><html><head><meta charset=utf-8><title>" + title + " - 知乎</title></head><body>"
                    + "<h1 class=\"Post-Title\">" + title + "</h1><div class=\"Post-RichText\">" + body + "</div></body></html>";
        }
        return "<!DOCTYPE html><html><head><meta charset=utf-8><title>" + title + " - 知乎</title></head><body>"
                + "<h1 class=\"QuestionHeader-title\">" + title + "</h1><div class=\"RichContent\"><div class=\"RichContent-inner\">"
                + body + "</div></div></body></html>";
    }

    private static String zhihuNotFound() {
        return "<!DOCTYPE html><html><head><meta charset=utf-8><title>404 - 知乎</title></head><body>"
                + "<div class=ErrorPage><h1>404</h1><p>你似乎来到了没有知识存在的荒原</p><a href=/>去往首页</a></div></body></html>";
    }

    private static boolean fromWechat(SiteRequest request) {
        return request.referer().filter(r -> r.startsWith("https://mp.weixin.qq.com/")).isPresent();
    }
}
