package org.refkeeper.notes;

import org.refkeeper.sources.References;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.refkeeper.notes.NoteScan.urls;

/** Where a bare URL ends when no space ends it: as Chinese writers cite, in Markdown's marks, in Jekyll's. */
class UrlEndsTest {
    @TempDir
    Path dir;

    @Test
    void rawChineseAfterAPathOrQuerySeparatorIsPartOfTheUrl() throws IOException {
        References refs = NoteScan.scan(dir, """
                https://zh.wikipedia.org/wiki/大众汽车 是百科，https://zh.wikipedia.org/wiki/福特汽车。
                搜索https://www.baidu.com/s?wd=模型压缩&ie=utf-8，还有https://baike.baidu.com/item/金霉素/123这种
                https://zh.moegirl.org.cn/初音未来（条目）
                """);
        assertEquals(List.of("https://zh.wikipedia.org/wiki/大众汽车", "https://zh.wikipedia.org/wiki/福特汽车",
                "https://www.baidu.com/s?wd=模型压缩&ie=utf-8", "https://baike.baidu.com/item/金霉素/123",
                "https://zh.moegirl.org.cn/初音未来"), urls(refs));
    }

    @Test
    void chinesePunctuationAndSpacesEndAUrlWhateverComesBefore() throws IOException {
        References refs = NoteScan.scan(dir, """
                见https://example.com/a/，以及https://example.com/b?q=、https://example.com/c/\u3000下文
                「https://example.com/d」【https://example.com/e】《https://example.com/f》“https://example.com/g”
                https://example.com/h……和https://example.com/i——和https://example.com/j→
                """);
        assertEquals(List.of("https://example.com/a/", "https://example.com/b?q=", "https://example.com/c/",
                "https://example.com/d", "https://example.com/e", "https://example.com/f", "https://example.com/g",
                "https://example.com/h", "https://example.com/i", "https://example.com/j"), urls(refs));
    }

    @Test
    void struckOutUrlIsCitedWithoutTheMarks() throws IOException {
        References refs = NoteScan.scan(dir, "~~https://example.com/dead~~ 已失效，~~见 https://example.com/old~~。"
                + " https://example.com/~user/a~b\n");
        assertEquals(List.of("https://example.com/dead", "https://example.com/old", "https://example.com/~user/a~b"),
                urls(refs));
    }

    @Test
    void kramdownAttributeListAfterABareUrlIsNotPartOfIt() throws IOException {
        References refs = NoteScan.scan(dir, """
                https://example.com/new-tab{:target="_blank"}
                <https://example.com/angle>{:target="_blank"} and [t](https://example.com/link){: .external}
                """);
        assertEquals(List.of("https://example.com/new-tab", "https://example.com/angle", "https://example.com/link"),
                urls(refs));
    }

    @Test
    void aUrlBrokenAtTheWrappingWidthIsJoinedAndNothingElseIs() throws IOException {
        References refs = NoteScan.scan(dir, """
                Seen in the terminal: https://example.com/2020/01/a-long-path-that-reached-the-edge
                /of-the-window?id=7
                Its title

                https://example.com/short
                /not-its-rest

                A line that is long enough to have been wrapped at the edge: https://example.com/x
                /r/programming is a forum
                """);
        assertEquals(List.of("https://example.com/2020/01/a-long-path-that-reached-the-edge/of-the-window?id=7",
                "https://example.com/short", "https://example.com/x"), urls(refs));
        assertEquals(1, refs.sources().get(0).citations().get(0).line());
        assertEquals("", refs.sources().get(1).title(), "a path is no title");
    }
}
