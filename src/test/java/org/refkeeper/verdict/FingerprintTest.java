package org.refkeeper.verdict;

import org.junit.jupiter.api.Test;
import org.refkeeper.page.Capture;
import org.refkeeper.page.Exchange;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** What changes the fingerprint of an article, and what must not. */
class FingerprintTest {
    private static final String IMAGE = "https://mmbiz.qpic.cn/mmbiz_png/abc/640?wx_fmt=png";
    private static final byte[] PICTURE = "picture one".getBytes(StandardCharsets.UTF_8);

    private final Judge judge = new Judge();

    private Assessment assess(String content, String noise, List<String> related, Exchange... resources) {
        Capture c = Captures.page(WeChatPages.URL, 200, WeChatPages.article(content, noise, related), resources);
        Assessment a = judge.assess(c);
        assertEquals(Outcome.GOOD, a.outcome(), a.reason());
        return a;
    }

    private static String withImage(String src) {
        return WeChatPages.paragraphs(3) + "<p><img class=\"rich_pages\" data-src=\"" + src
                + "\" src=\"data:image/svg+xml,%3Csvg%3E%3C/svg%3E\"></p>" + WeChatPages.paragraphs(2);
    }

    @Test
    void noiseOutsideTheContentDoesNotChangeIt() {
        Assessment first = assess(withImage(IMAGE), "1024", List.of("旧文一", "旧文二", "旧文三"),
                Captures.image(IMAGE, PICTURE));
        Assessment later = assess(withImage(IMAGE), "98765", List.of("旧文三", "新文四", "旧文一"),
                Captures.image(IMAGE, PICTURE));

        assertEquals(first.fingerprint(), later.fingerprint());
        assertEquals(first.mainText(), later.mainText());
    }

    @Test
    void anEditedParagraphChangesIt() {
        String content = WeChatPages.paragraphs(6);
        Assessment before = assess(content, "1", List.of());
        Assessment after = assess(content.replace("第4段：我们", "第4段：他们"), "1", List.of());

        assertNotEquals(before.fingerprint(), after.fingerprint());
    }

    @Test
    void aNewPictureBehindTheSameImageUrlChangesIt() {
        Assessment before = assess(withImage(IMAGE), "1", List.of(), Captures.image(IMAGE, PICTURE));
        Assessment after = assess(withImage(IMAGE), "1", List.of(),
                Captures.image(IMAGE, "picture two".getBytes(StandardCharsets.UTF_8)));

        assertEquals(before.mainText(), after.mainText());
        assertNotEquals(before.fingerprint(), after.fingerprint());
    }

    @Test
    void theSamePictureFromAnotherUrlDoesNotChangeIt() {
        String moved = "https://mmbiz.qpic.cn/mmbiz_png/abc/640?wx_fmt=png&tp=webp";
        Assessment before = assess(withImage(IMAGE), "1", List.of(), Captures.image(IMAGE, PICTURE));
        Assessment after = assess(withImage(moved), "1", List.of(), Captures.image(moved, PICTURE));

        assertEquals(before.fingerprint(), after.fingerprint());
    }

    @Test
    void anImageTheCaptureMissedCountsByItsUrl() {
        Assessment before = assess(withImage(IMAGE), "1", List.of());
        Assessment same = assess(withImage(IMAGE), "2", List.of());
        Assessment other = assess(withImage(IMAGE.replace("abc", "xyz")), "1", List.of());

        assertEquals(before.fingerprint(), same.fingerprint());
        assertNotEquals(before.fingerprint(), other.fingerprint());
    }

    @Test
    void invisibleCharactersWhitespaceAndUnicodeFormDoNotChangeIt() {
        Assessment plain = assess(WeChatPages.paragraphs(4) + "<p>Café au lait, 一杯。</p>", "1", List.of());
        Assessment messy = assess(WeChatPages.paragraphs(4)
                + "<p>Cafe\u0301\u200B  au&nbsp;lait,\n\u00AD 一\uFEFF杯。</p>", "1", List.of());

        assertEquals(plain.fingerprint(), messy.fingerprint());
    }

    @Test
    void dropSelectorsInsideTheContentAreIgnored() {
        String answer = """
                <html><head><title>为什么管道会泄露？ - 知乎</title></head><body>
                <h1 class="QuestionHeader-title">为什么管道会泄露？</h1>
                <div class="RichContent-inner"><p>%s</p>
                <div class="ContentItem-actions"><button class="VoteButton">赞同 %s</button><span>%s 条评论</span></div>
                </div></body></html>""";
        String text = "因为 popen 打开的流必须用 pclose 关闭，用 fclose 关掉只释放了文件，子进程和管道都还在。".repeat(8);
        String url = "https://www.zhihu.com/question/1/answer/2";

        Assessment before = judge.assess(Captures.page(url, 200, answer.formatted(text, "1.2 万", "300")));
        Assessment after = judge.assess(Captures.page(url, 200, answer.formatted(text, "1.3 万", "321")));

        assertEquals(Outcome.GOOD, before.outcome());
        assertEquals("为什么管道会泄露？", before.title());
        assertEquals(before.fingerprint(), after.fingerprint());
        assertFalse(before.mainText().contains("赞同"), before.mainText());
    }
}
