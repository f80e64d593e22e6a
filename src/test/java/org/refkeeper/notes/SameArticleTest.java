package org.refkeeper.notes;

import org.refkeeper.sources.CanonicalUrl;
import org.refkeeper.sources.Reference;
import org.refkeeper.sources.References;
import org.refkeeper.sources.SourceId;
import org.refkeeper.citations.Citation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * One article cited in several spellings is one source, under one id; two articles never share one. A source cited
 * one way keeps the URL, and so the id, it always had.
 */
class SameArticleTest {
    @TempDir
    Path dir;

    @Test
    void wechatLinksOfOneArticle() throws IOException {
        assertOneSource("https://mp.weixin.qq.com/s/p_qdKcQwQ8y_JUw3gQUEnA",
                "https://mp.weixin.qq.com/s/p_qdKcQwQ8y_JUw3gQUEnA?scene=1&srcid=0913abc&sharer_sharetime=1#rd",
                "http://mp.weixin.qq.com/s/p_qdKcQwQ8y_JUw3gQUEnA?from=timeline&isappinstalled=0");
        assertOneSource("https://mp.weixin.qq.com/s?__biz=MzA3MzI4MjgzMw==&mid=2650741296&idx=1&sn=3f4a",
                "https://mp.weixin.qq.com/s?__biz=MzA3MzI4MjgzMw%3D%3D&mid=2650741296&idx=1&sn=3f4a&chksm=87&scene=21#rd",
                "http://mp.weixin.qq.com/s?__biz=MzA3MzI4MjgzMw==&mid=2650741296&idx=1");
    }

    @Test
    void zhihuLinksOfOneAnswerQuestionOrArticle() throws IOException {
        assertOneSource("https://www.zhihu.com/answer/1926042553842668053",
                "https://www.zhihu.com/question/1/answer/1926042553842668053?utm_psn=2&share_code=x",
                "https://zhihu.com/answer/1926042553842668053");
        assertOneSource("https://www.zhihu.com/question/1921304020225619753",
                "https://www.zhihu.com/question/1921304020225619753?sort=created");
        assertOneSource("https://zhuanlan.zhihu.com/p/93020471", "https://zhuanlan.zhihu.com/p/93020471?share_code=1dXz",
                "https://link.zhihu.com/?target=https%3A//zhuanlan.zhihu.com/p/93020471");
    }

    @Test
    void spellingsABrowserSendsAlike() throws IOException {
        assertOneSource("https://example.com/about-us", "http://example.com/about-us", "HTTPS://EXAMPLE.COM:443/about-us#team");
        assertOneSource("https://zh.wikipedia.org/wiki/大众汽车", "https://zh.wikipedia.org/wiki/%E5%A4%A7%E4%BC%97%E6%B1%BD%E8%BD%A6",
                "https://zh.wikipedia.org/wiki/%e5%a4%a7%e4%bc%97%e6%b1%bd%e8%bd%a6");
        assertOneSource("https://blog.csdn.net/u/article/details/123", "https://blog.csdn.net/u/article/details/123?spm=1001.2014.3001.5501",
                "https://link.csdn.net/?target=https%3A%2F%2Fblog.csdn.net%2Fu%2Farticle%2Fdetails%2F123");
        assertOneSource("https://example.com/~user/a", "https://example.com/%7Euser/a");
    }

    @Test
    void differentArticlesStayApart() throws IOException {
        List<String> urls = List.of("https://mp.weixin.qq.com/s/AbCdEf", "https://mp.weixin.qq.com/s/abcdef",
                "https://mp.weixin.qq.com/s?__biz=MzA==&mid=1&idx=1&sn=a", "https://mp.weixin.qq.com/s?__biz=MzA==&mid=1&idx=2&sn=b",
                "https://mp.weixin.qq.com/s?__biz=MzB==&mid=1&idx=1&sn=a",
                "https://mp.weixin.qq.com/s?src=11&timestamp=1600000000&ver=2600&signature=x",
                "https://mp.weixin.qq.com/s?src=11&timestamp=1600000000&ver=2600&signature=y",
                "https://www.zhihu.com/question/1", "https://www.zhihu.com/question/1/answer/2", "https://www.zhihu.com/answer/3",
                "https://zhuanlan.zhihu.com/p/1", "https://zhuanlan.zhihu.com/p/12",
                "https://example.com/A", "https://example.com/a", "https://example.com/a/", "https://example.com/a?x=1",
                "https://example.com/a?x=2", "https://example.com/a?from=2020", "https://example.com:8443/a",
                "https://www.example.com/a", "https://example.com/a%2Fb", "https://example.com/a/b",
                "https://link.zhihu.com/?target=https%3A//example.com/c", "https://t.co/AbC", "https://t.co/abc");
        References refs = NoteScan.scan(dir, String.join("\n\n", urls) + "\n");
        assertEquals(urls.size(), refs.sources().size(), refs.sources().stream().map(Reference::url).toList().toString());
        assertEquals(urls.size(), refs.sources().stream().map(Reference::id).distinct().count());
    }

    @Test
    void aSourceCitedOneWayKeepsItsUrlAndId() throws IOException {
        for (String url : List.of("https://mp.weixin.qq.com/s/AbCdEf?scene=1", "http://example.com/about-us",
                "https://zh.wikipedia.org/wiki/%e5%a4%a7", "https://link.zhihu.com/?target=https%3A//example.com/c")) {
            References refs = NoteScan.scan(dir, url + "\n");
            CanonicalUrl canonical = CanonicalUrl.of(url);
            assertEquals(canonical.url(), refs.sources().get(0).url());
            assertEquals(SourceId.of(canonical), refs.sources().get(0).id());
        }
    }

    @Test
    void aWechatTemporaryLinkIsCitedWithAWarningThatItExpires() throws IOException {
        References refs = NoteScan.scan(dir, "# 搜狗\n\nhttps://mp.weixin.qq.com/s?src=11&timestamp=1600000000&ver=2600&signature=x&new=1\n");
        assertEquals(1, refs.sources().size());
        assertEquals(List.of(dir.resolve("note.md").toString().replace('\\', '/') + ":3: https://mp.weixin.qq.com/s?src=11"
                + "&timestamp=1600000000&ver=2600&signature=x&new=1 is a WeChat temporary link (it has a timestamp and a"
                + " signature) and stops working within hours; cite the article's own mp.weixin.qq.com/s/ link"), refs.warnings());
    }

    /** The spellings, cited in this order and in reverse, are one source named by the first spelling. */
    private void assertOneSource(String named, String... others) throws IOException {
        List<String> spellings = new java.util.ArrayList<>(List.of(others));
        spellings.add(0, named);
        List<String> reversed = new java.util.ArrayList<>(spellings);
        java.util.Collections.reverse(reversed);
        for (List<String> order : List.of(spellings, reversed)) {
            References refs = NoteScan.scan(dir, order.stream().map(u -> "- " + u).collect(Collectors.joining("\n")) + "\n");
            assertEquals(1, refs.sources().size(), refs.sources().stream().map(Reference::url).toList().toString());
            Reference source = refs.sources().get(0);
            assertEquals(CanonicalUrl.of(named).url(), source.url());
            assertEquals(order, source.citations().stream().map(Citation::citedUrl).toList());
        }
    }
}
