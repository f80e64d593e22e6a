package org.refkeeper.notes;

import org.refkeeper.citations.Citation;
import org.refkeeper.sources.CanonicalUrl;
import org.refkeeper.sources.Reference;
import org.refkeeper.sources.ReferenceIndex;
import org.refkeeper.sources.SourceId;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.refkeeper.io.BadInputException;
import org.refkeeper.folder.Layout;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Whatever a note cites, refkeeper either refuses it in one line that names it, or gives it a canonical form that
 * is stable, a source id that is a safe folder name and a bundle name that is a safe file name.
 */
class UrlNameProperties {
    @Property(tries = 1000)
    void everyCitedUrlIsRefusedInWordsOrGetsSafeNames(@ForAll("cited") String cited) throws BadInputException {
        CanonicalUrl url;
        try {
            url = CanonicalUrl.of(cited);
        } catch (BadInputException e) {
            assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
            assertTrue(e.getMessage().length() < 400, "short: " + e.getMessage().length());
            return;
        }
        assertEquals(url, CanonicalUrl.of(url.url()), "canonical form is stable");
        SourceId id = SourceId.of(url);
        assertTrue(id.host().matches("[a-z0-9_-][a-z0-9._-]{0,99}"), id.toString());
        assertTrue(id.slug().matches("[A-Za-z0-9_-][A-Za-z0-9._-]{0,119}"), id.toString());
        String bundle = Layout.newBundle(java.nio.file.Path.of("/nonexistent"), id.slug(), Instant.EPOCH);
        assertTrue(bundle.matches("captures/1970/01/[A-Za-z0-9_-][A-Za-z0-9._-]{0,119}-19700101T000000Z\\.warc\\.gz"),
                bundle);
    }

    @Property(tries = 300)
    void noTwoSourcesShareAnId(@ForAll("spellings") java.util.List<String> cited) {
        ReferenceIndex index = new ReferenceIndex();
        for (int i = 0; i < cited.size(); i++) {
            index.add(new Citation("note.md", i + 1, "", "", cited.get(i)));
        }
        java.util.List<Reference> sources = index.references().sources();
        assertEquals(sources.size(), sources.stream().map(Reference::id).distinct().count(), sources.toString());
    }

    /** Spellings of a few articles: schemes, host case, escapes, WeChat's and Zhihu's forms, share parameters. */
    @Provide
    Arbitrary<java.util.List<String>> spellings() {
        Arbitrary<String> scheme = Arbitraries.of("http://", "https://", "HTTPS://");
        Arbitrary<String> rest = Arbitraries.of("example.com/about-us", "Example.com/about-us", "example.com/About-us",
                "example.com/a%7eb", "example.com/a~b", "example.com/a%7Eb", "example.com/%E4%B8%AD", "example.com/中",
                "example.com/%e4%b8%ad", "mp.weixin.qq.com/s/AbC", "mp.weixin.qq.com/s/AbC?scene=1",
                "mp.weixin.qq.com/s?__biz=MzA==&mid=1&idx=1&sn=a", "mp.weixin.qq.com/s?__biz=MzA%3D%3D&mid=1&idx=1",
                "mp.weixin.qq.com/s?__biz=MzA==&mid=1&idx=1&sn=b&scene=2", "www.zhihu.com/question/1/answer/2",
                "zhihu.com/answer/2", "www.zhihu.com/answer/2", "www.zhihu.com/question/1", "zhuanlan.zhihu.com/p/1",
                "zhuanlan.zhihu.com/p/1?share_code=x", "link.zhihu.com/?target=https%3A//zhuanlan.zhihu.com/p/1",
                "link.zhihu.com/?target=http%3A//example.com/about-us", "example.com:443/about-us", "example.com:8443/about-us");
        return Combinators.combine(scheme, rest).as(String::concat).list().ofMinSize(1).ofMaxSize(6);
    }

    @Provide
    Arbitrary<String> cited() {
        Arbitrary<String> scheme = Arbitraries.of("http://", "https://", "HTTPS://", " http://", "\thttps://");
        Arbitrary<String> host = Arbitraries.oneOf(
                Arbitraries.of("example.com", "Example.COM:8080", "例子.测试", "mp.weixin.qq.com", "a b.org", "[::1]",
                        "user:pw@x.org", "x.org:99999", "1.2.3.4", ".x.org", "x_y.org", "xn--fsqu00a.xn--0zwm56d"),
                Arbitraries.strings().withCharRange('a', 'z').withChars(".-").ofMinLength(1).ofMaxLength(400),
                Arbitraries.strings().all().ofMaxLength(20));
        Arbitrary<String> path = Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(80),
                Arbitraries.strings().withChars(" \t\r\n\u0000%#?&=/\\{}\"'<>\u3000\u2028").ofMaxLength(40),
                Arbitraries.strings().withCharRange('\u4e00', '\u9fff').withChars("/?=&").ofMaxLength(40),
                Arbitraries.strings().withChars("a/").ofMinLength(1000).ofMaxLength(3000));
        return Combinators.combine(scheme, host, path).as((s, h, p) -> s + h + "/" + p);
    }
}
