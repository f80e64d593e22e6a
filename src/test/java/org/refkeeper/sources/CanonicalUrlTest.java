package org.refkeeper.sources;

import org.junit.jupiter.api.Test;
import org.refkeeper.io.BadInputException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CanonicalUrlTest {
    @Test
    void lowerCasesSchemeAndHostButNotPath() throws BadInputException {
        assertCanonical("https://example.com/Path/To", "HTTPS://Example.COM/Path/To");
    }

    @Test
    void dropsDefaultPortsAndFragments() throws BadInputException {
        assertCanonical("https://example.com/a", "https://example.com:443/a#section-2");
        assertCanonical("http://example.com/", "http://example.com:80");
        assertCanonical("http://example.com:8080/a", "http://example.com:8080/a");
    }

    @Test
    void dropsTrackingParametersAndKeepsTheRestInOrder() throws BadInputException {
        assertCanonical("https://example.com/p?z=1&a=2",
                "https://example.com/p?utm_source=feed&z=1&UTM_Medium=x&fbclid=abc&a=2&gclid=q");
        assertCanonical("https://example.com/p", "https://example.com/p?utm_campaign=x");
        assertCanonical("https://example.com/p?from=timeline", "https://example.com/p?from=timeline");
    }

    @Test
    void wechatLongLinkKeepsOnlyTheArticleParameters() throws BadInputException {
        assertCanonical("https://mp.weixin.qq.com/s?__biz=MzA3MzI4MjgzMw==&mid=2650741296&idx=1&sn=3f4a",
                "https://mp.weixin.qq.com/s?__biz=MzA3MzI4MjgzMw==&mid=2650741296&idx=1&sn=3f4a"
                        + "&chksm=871adb5ab06d524c&scene=21#wechat_redirect");
        assertCanonical("https://mp.weixin.qq.com/s?__biz=B&mid=1&idx=2&sn=s",
                "https://mp.weixin.qq.com/s?sn=s&scene=1&idx=2&mid=1&__biz=B");
    }

    @Test
    void wechatShortLinkStaysAsItIs() throws BadInputException {
        assertCanonical("https://mp.weixin.qq.com/s/p_qdKcQwQ8y_JUw3gQUEnA",
                "https://mp.weixin.qq.com/s/p_qdKcQwQ8y_JUw3gQUEnA");
    }

    @Test
    void escapesCharactersBrowsersEscape() throws BadInputException {
        assertCanonical("https://example.com/a%20b?q=x%7Cy", "https://example.com/a b?q=x|y");
    }

    @Test
    void readsWhatBrowsersReadAndSendsWhatTheySend() throws BadInputException {
        assertCanonical("https://xn--fsqu00a.xn--0zwm56d/%E8%B7%AF", "https://例子.测试/%E8%B7%AF");
        assertCanonical("https://example.com/100%25zz", "https://example.com/100%zz");
        assertCanonical("https://example.com/ab%E3%80%80c%01d", " \thttps://example.com/a\nb\u3000c\u0001d\u0000 ");
        assertCanonical("https://example.com/a%0Ab", "https://example.com/a%0Ab");
    }

    @Test
    void urlsOfAHundredThousandCharactersAreRead() throws BadInputException {
        String path = "/" + "路 a%/".repeat(20_000);
        CanonicalUrl url = CanonicalUrl.of("https://例子.测试" + path + "?utm_source=x&" + "a=1&".repeat(10_000));
        assertTrue(url.url().startsWith("https://xn--fsqu00a.xn--0zwm56d/路%20a%25/路%20a%25/"), url.url().substring(0, 80));
        assertTrue(url.url().endsWith("&a=1"));
        assertTrue(SourceId.of(url).slug().length() <= 120);
    }

    @Test
    void unparsableUrlsSayWhatIsWrongInOneShortLine() {
        BadInputException e = assertThrows(BadInputException.class, () -> CanonicalUrl.of("https://exa mple.com/"));
        assertTrue(e.getMessage().startsWith("https://exa mple.com/: not a valid URL ("), e.getMessage());
        assertTrue(e.getMessage().endsWith("); write it as a full http(s) URL"), e.getMessage());
        String huge = "https://exa mple.com/\n" + "x".repeat(100_000);
        BadInputException long_ = assertThrows(BadInputException.class, () -> CanonicalUrl.of(huge));
        assertTrue(long_.getMessage().length() < 300 && !long_.getMessage().contains("\n"), long_.getMessage());
        assertThrows(BadInputException.class, () -> CanonicalUrl.of("mailto:a@example.com"));
        assertThrows(BadInputException.class, () -> CanonicalUrl.of("/relative/path"));
    }

    @Test
    void constructorTakesOnlyCanonicalUrls() {
        assertThrows(IllegalArgumentException.class, () -> new CanonicalUrl("https://Example.com/a#b"));
        assertEquals("https://example.com/a", new CanonicalUrl("https://example.com/a").url());
    }

    private static void assertCanonical(String expected, String raw) throws BadInputException {
        assertEquals(expected, CanonicalUrl.of(raw).url());
        assertEquals(expected, CanonicalUrl.of(expected).url(), "canonical form is stable");
    }
}
