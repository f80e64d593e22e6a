package org.refkeeper.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The bundled demo site: a WeChat-like article whose images load lazily from another host (real bytes only
 * for WeChat's own pages, as mmbiz.qpic.cn does), a Zhihu-like article rendered by script from inline JSON,
 * and a plain blog post. Counters and nonces differ on every request, as on the real sites.
 */
public final class DemoSite {
    public static final String WECHAT = "https://mp.weixin.qq.com/s/RkDemoWeChat0001";
    public static final String ZHIHU = "https://zhuanlan.zhihu.com/p/100000001";
    public static final String BLOG = "https://blog.example.org/2026/11/keeping-sources.html";

    private DemoSite() {
    }

    public static LocalSite start() throws IOException {
        String wechat = resource("wechat-article.html");
        String zhihu = resource("zhihu-article.html");
        String blog = resource("blog-post.html");
        LocalSite site = LocalSite.start();
        site.route("mp.weixin.qq.com", "/s/RkDemoWeChat0001", req -> SiteResponse.html(wechat
                .replace("READ_COUNT", String.valueOf(random(1000, 99999)))
                .replace("LIKE_COUNT", String.valueOf(random(1, 999)))
                .replace("NONCE", Long.toHexString(ThreadLocalRandom.current().nextLong()))));
        for (int i = 1; i <= 2; i++) {
            byte[] figure = DemoImages.figure(640, 320, i);
            site.route("mmbiz.qpic.cn", "/mmbiz_png/demo-figure-" + i + "/640", req ->
                    req.referer().filter(r -> r.startsWith("https://mp.weixin.qq.com/")).isPresent()
                            ? SiteResponse.of(200, "image/png", figure)
                            : SiteResponse.of(200, "image/png", DemoImages.placeholder()));
        }
        site.route("zhuanlan.zhihu.com", "/p/100000001", SiteResponse.html(zhihu));
        site.route("blog.example.org", "/2026/11/keeping-sources.html",
                req -> SiteResponse.html(blog.replace("VISITS", String.valueOf(random(10, 5000)))).gzipped());
        site.route("blog.example.org", "/style.css", SiteResponse.of(200, "text/css",
                "body{font-family:Georgia,serif;max-width:40em;margin:2em auto;line-height:1.6}nav,footer{color:#777}"
                        .getBytes(StandardCharsets.UTF_8)));
        return site;
    }

    /** The demo note, a Jekyll post that cites the three articles. */
    public static String note() throws IOException {
        return resource("reading-list.md");
    }

    private static long random(int from, int to) {
        return ThreadLocalRandom.current().nextLong(from, to);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = DemoSite.class.getResourceAsStream("site/" + name)) {
            if (in == null) {
                throw new IOException("demo file " + name + " is missing from the jar; rebuild refkeeper");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
