package org.refkeeper.bench;

import org.netpreserve.jwarc.WarcDigest;
import org.refkeeper.demo.LocalSite;
import org.refkeeper.demo.SiteHandler;
import org.refkeeper.demo.SiteRequest;
import org.refkeeper.demo.SiteResponse;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The benchmark's sources, generated: in turn a WeChat-like article (four lazy data-src pictures on
 * mmbiz.qpic.cn, which sends the real picture only to pages of mp.weixin.qq.com), a Zhihu-like article rendered
 * by a shared script, and a post on one of five blogs (gzipped, a style sheet, a natively lazy picture).
 * Every picture is a different photo-like JPEG; the pages' noise changes on every request.
 */
final class Corpus {
    private static final List<String> BLOGS = List.of("blog.example.org", "notes.example.net", "til.example.com",
            "words.example.io", "www.example.dev");
    private static final int SOURCES_PER_NOTE = 15;

    private static final byte[] PLACEHOLDER = Photos.placeholder();

    private final List<Source> sources;
    /** Lazy pictures sent in full since the last {@link #fetched()}: the browser asked for them as a page's. */
    private final Set<String> sentInFull = ConcurrentHashMap.newKeySet();

    /** One cited page; {@code lazyImages} are the URLs of the pictures it loads only for a reader who scrolls. */
    record Source(String url, String title, List<String> lazyImages) {
    }

    /** A lazy picture and the WARC payload digest of its real bytes (not of the placeholder). */
    record LazyImage(String url, String digest) {
    }

    private final List<LazyImage> lazy = new ArrayList<>();
    private final List<Route> routes = new ArrayList<>();

    private record Route(String url, SiteHandler handler) {
    }

    private Corpus(int count) {
        List<Source> out = new ArrayList<>();
        fixed("https://static.zhihu.com/heifetz/main.app.js", "application/javascript",
                CorpusPages.zhihuScript().getBytes(StandardCharsets.UTF_8));
        fixed("https://mp.weixin.qq.com/mp/appmsg_comment", "application/json",
                "{\"comment\":\"写得真好，收藏了\"}".getBytes(StandardCharsets.UTF_8));
        for (String blog : BLOGS) {
            fixed("https://" + blog + "/style.css", "text/css", CorpusPages.blogStyle().getBytes(StandardCharsets.UTF_8));
        }
        for (int i = 0; i < count; i++) {
            out.add(switch (i % 3) {
                case 0 -> wechat(i);
                case 1 -> zhihu(i);
                default -> blog(i);
            });
        }
        this.sources = List.copyOf(out);
    }

    static Corpus generate(int count) {
        return new Corpus(count);
    }

    private Source wechat(int i) {
        String url = String.format("https://mp.weixin.qq.com/s/BenchWx%015d", i);
        String title = "公众号文章 " + i + "：网页存档的代价";
        String imageBase = "https://mmbiz.qpic.cn/mmbiz_jpg/bench" + i + "x";
        routes.add(new Route(url, req -> SiteResponse.html(CorpusPages.wechat(i, title, imageBase))));
        List<String> images = new ArrayList<>();
        for (int k = 0; k < CorpusPages.WECHAT_IMAGES; k++) {
            String image = imageBase + k + "/640?wx_fmt=jpeg&from=appmsg";
            byte[] real = Photos.jpeg(i * 16L + k);
            routes.add(new Route(image, req -> {
                if (!fromWechat(req)) {
                    return SiteResponse.of(200, "image/png", PLACEHOLDER);
                }
                sentInFull.add(image);
                return SiteResponse.of(200, "image/jpeg", real);
            }));
            lazy.add(new LazyImage(image, digest(real)));
            images.add(image);
        }
        return new Source(url, title, images);
    }

    private Source zhihu(int i) {
        String url = String.format("https://zhuanlan.zhihu.com/p/%d", 600000000 + i);
        String title = "知乎专栏 " + i + "：链接腐烂有多严重";
        String imageBase = "https://pic" + (1 + i % 4) + ".zhimg.com/v2-bench" + i + "x";
        routes.add(new Route(url, req -> SiteResponse.html(CorpusPages.zhihu(i, title, imageBase))));
        for (int k = 0; k < 2; k++) {
            fixed(imageBase + k + "_720w.jpg", "image/jpeg", Photos.jpeg(i * 16L + k));
        }
        return new Source(url, title, List.of());
    }

    private Source blog(int i) {
        String host = BLOGS.get((i / 3) % BLOGS.size());
        String url = "https://" + host + "/2026/11/post-" + i + ".html";
        String title = "Post " + i + ": keeping sources";
        String image = "https://" + host + "/img/post-" + i + ".jpg";
        routes.add(new Route(url, req -> SiteResponse.html(CorpusPages.blog(i, title, image)).gzipped()));
        byte[] photo = Photos.jpeg(i * 16L);
        routes.add(new Route(image, req -> {
            sentInFull.add(image);
            return SiteResponse.of(200, "image/jpeg", photo);
        }));
        lazy.add(new LazyImage(image, digest(photo)));
        return new Source(url, title, List.of(image));
    }

    private void fixed(String url, String type, byte[] body) {
        routes.add(new Route(url, SiteHandler.always(SiteResponse.of(200, type, body))));
    }

    /** Serves every source, picture, script and style sheet from {@code site}. */
    void install(LocalSite site) {
        for (Route r : routes) {
            URI uri = URI.create(r.url());
            site.route(uri.getHost(), uri.getRawPath(), r.handler());
        }
    }

    private static boolean fromWechat(SiteRequest request) {
        return request.referer().filter(r -> r.startsWith("https://mp.weixin.qq.com/")).isPresent();
    }

    List<Source> sources() {
        return sources;
    }

    /** How many lazy pictures were sent in full since the last call. */
    synchronized int fetched() {
        int n = sentInFull.size();
        sentInFull.clear();
        return n;
    }

    List<LazyImage> lazyImages() {
        return List.copyOf(lazy);
    }

    /** Notes citing every source, fifteen to a note, each URL followed by its title as a blog would write it. */
    List<Path> writeNotes(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> notes = new ArrayList<>();
        for (int from = 0; from < sources.size(); from += SOURCES_PER_NOTE) {
            StringBuilder md = new StringBuilder("# Reading list " + (from / SOURCES_PER_NOTE + 1) + "\n\n");
            for (Source s : sources.subList(from, Math.min(sources.size(), from + SOURCES_PER_NOTE))) {
                md.append("- [").append(s.title()).append("](").append(s.url()).append(")\n");
            }
            Path note = dir.resolve(String.format("reading-%03d.md", from / SOURCES_PER_NOTE + 1));
            Files.writeString(note, md);
            notes.add(note);
        }
        return notes;
    }

    private static String digest(byte[] bytes) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(bytes);
            return new WarcDigest(sha1).prefixedBase32();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-1", e);
        }
    }
}
