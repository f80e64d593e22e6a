package org.refkeeper.sources;

import org.junit.jupiter.api.Test;
import org.refkeeper.io.BadInputException;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SourceIdTest {
    @Test
    void wechatShortLinkIsItsId() throws BadInputException {
        assertEquals("mp.weixin.qq.com/-X7NYTzOzljzOaQL7_jOkw", id("https://mp.weixin.qq.com/s/-X7NYTzOzljzOaQL7_jOkw"));
    }

    @Test
    void wechatLongLinkIsBizMidIdx() throws BadInputException {
        assertEquals("mp.weixin.qq.com/MzA3MzI4MjgzMw-2650741296-1",
                id("https://mp.weixin.qq.com/s?__biz=MzA3MzI4MjgzMw==&mid=2650741296&idx=1&sn=3f&scene=21"));
        assertEquals("mp.weixin.qq.com/Mz_a-b-7-2", id("https://mp.weixin.qq.com/s?__biz=Mz%2Fa%2Bb%3D&mid=7&idx=2"));
    }

    @Test
    void zhihuArticlesAndAnswers() throws BadInputException {
        assertEquals("zhuanlan.zhihu.com/p-93020471", id("https://zhuanlan.zhihu.com/p/93020471"));
        assertEquals("www.zhihu.com/question-1-answer-2", id("https://www.zhihu.com/question/1/answer/2"));
        assertEquals("www.zhihu.com/answer-1926042553842668053", id("https://www.zhihu.com/answer/1926042553842668053"));
    }

    @Test
    void aPathThatIsAlreadyASlugIsTheSlug() throws BadInputException {
        assertEquals("example.com/about-us", id("https://example.com/about-us"));
    }

    @Test
    void otherPathsGetAReadableSlugAndAHash() throws BadInputException {
        assertTrue(id("https://Blog.example.com/2020/01/My_Post.html").matches("blog\\.example\\.com/2020-01-my-post-html-[0-9a-f]{8}"));
        assertTrue(id("https://example.com/").matches("example\\.com/index-[0-9a-f]{8}"));
        assertTrue(id("https://example.com/search?q=x").matches("example\\.com/search-[0-9a-f]{8}"));
        assertTrue(id("https://zh.wikipedia.org/wiki/%E5%A4%A7%E4%BC%97").matches("zh\\.wikipedia\\.org/wiki-[0-9a-f]{8}"));
    }

    @Test
    void longPathsAreCut() throws BadInputException {
        String slug = SourceId.of(CanonicalUrl.of("https://example.com/" + "word-".repeat(30) + "end")).slug();
        assertTrue(slug.matches("(word-){12}[0-9a-f]{8}"), slug);
    }

    @Test
    void urlsThatLookAlikeGetDifferentIds() throws BadInputException {
        List<String> urls = List.of("https://example.com/a-b", "https://example.com/a/b", "https://example.com/a-b/",
                "https://example.com/A-b", "http://example.com:8080/a-b", "https://example.com/a-b?x=1",
                "https://example.com/a-b?x=2");
        Set<String> ids = new HashSet<>();
        for (String url : urls) {
            ids.add(id(url));
        }
        assertEquals(urls.size(), ids.size(), ids.toString());
    }

    @Test
    void sameUrlSameId() throws BadInputException {
        assertEquals(id("https://example.com/x?b=1"), id("https://EXAMPLE.com/x?b=1&utm_source=a#f"));
        assertNotEquals(id("https://example.com/x?b=1"), id("https://example.com/x?b=2"));
    }

    private static String id(String url) throws BadInputException {
        return SourceId.of(CanonicalUrl.of(url)).toString();
    }
}
