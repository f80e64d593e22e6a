package org.refkeeper.notes;

import org.refkeeper.citations.Citation;
import org.refkeeper.sources.Reference;
import org.refkeeper.sources.References;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SeedNoteTest {
    private static References refs;

    @BeforeAll
    static void scan() throws IOException {
        refs = Notes.scan(List.of(SeedNote.path()));
    }

    @Test
    void findsEveryArticleOnce() {
        assertEquals(35, refs.sources().size());
        assertEquals(35, refs.sources().stream().map(Reference::id).distinct().count());
        assertTrue(refs.skipped().isEmpty(), refs.skipped().toString());
    }

    @Test
    void firstUrlHasTitleFromLineBelowAndHeadingAbove() {
        Reference first = refs.sources().get(0);
        assertEquals("https://mp.weixin.qq.com/s/p_qdKcQwQ8y_JUw3gQUEnA", first.url());
        assertEquals("mp.weixin.qq.com/p_qdKcQwQ8y_JUw3gQUEnA", first.id().toString());
        Citation c = first.citations().get(0);
        assertEquals("谷歌大脑用强化学习为移动设备量身定做最好最快的CNN模型", c.title());
        assertEquals("模型压缩与加速进阶", c.heading());
        assertEquals(12, c.line());
        assertEquals(SeedNote.path().toString(), c.note());
    }

    @Test
    void bareUrlWhoseUnderscoresMarkdownReadsAsEmphasisIsWhole() {
        Citation c = cited("https://mp.weixin.qq.com/s/_MDbbGzDOGHk5TBgbu_-oA");
        assertEquals("中大商汤等提出深度网络加速新方法，具有强大兼容能力", c.title());
        assertEquals(56, c.line());
        assertTrue(refs.sources().stream().noneMatch(r -> r.url().equals("https://mp.weixin.qq.com/s/")));
    }

    @Test
    void everyUrlLineOfTheNoteIsASourceInItsOrder() throws IOException {
        List<String> written = java.nio.file.Files.readAllLines(SeedNote.path()).stream()
                .filter(l -> l.matches("https?://\\S+")).toList();
        assertEquals(written, refs.sources().stream().map(r -> r.citations().get(0).citedUrl()).toList());
    }

    @Test
    void zhuanlanArticle() {
        Citation c = cited("https://zhuanlan.zhihu.com/p/93020471");
        assertEquals("轻量型网络：IdleBlock", c.title());
        assertEquals(96, c.line());
        assertEquals("zhuanlan.zhihu.com/p-93020471", source("https://zhuanlan.zhihu.com/p/93020471").id().toString());
    }

    @Test
    void urlWhoseIdStartsWithHyphen() {
        Citation c = cited("https://mp.weixin.qq.com/s/-X7NYTzOzljzOaQL7_jOkw");
        assertEquals("惊呆了！速度高达15000fps的人脸检测算法！", c.title());
        assertEquals(44, c.line());
    }

    @Test
    void laterSectionsGiveTheirOwnHeading() {
        Citation lastBeforeJokes = cited("https://mp.weixin.qq.com/s/ie2O5BPT-QxTRhK3S0Oa0Q");
        assertEquals("剪枝需有的放矢，快手&罗切斯特大学提出基于能耗建模的模型压缩", lastBeforeJokes.title());
        assertEquals("模型压缩与加速进阶", lastBeforeJokes.heading());

        Citation afterProse = cited("https://mp.weixin.qq.com/s/s-Y4tZde0XmGGAkS06YJkw");
        assertEquals("百岁院士沈善炯逝世，曾攻克金霉素打破美国垄断", afterProse.title());
        assertEquals("两弹一星=", afterProse.heading());
        assertEquals(220, afterProse.line());

        Citation answer = cited("https://www.zhihu.com/answer/1926042553842668053");
        assertEquals("“Volkswagen”为什么翻译成“大众”？", answer.title());
        assertEquals(238, answer.line());

        Citation last = cited("https://www.zhihu.com/question/1921304020225619753");
        assertEquals("我国计划经济时期真的一点市场都没有吗？只是分配？", last.title());
        assertEquals("两弹一星=", last.heading());
        assertEquals(248, last.line());
        assertEquals("www.zhihu.com/question-1921304020225619753", source(last.citedUrl()).id().toString());
    }

    @Test
    void sourcesKeepNoteOrder() {
        assertEquals("https://www.zhihu.com/question/1921304020225619753", refs.sources().get(34).url());
        List<Integer> lines = refs.sources().stream().map(r -> r.citations().get(0).line()).toList();
        assertEquals(lines.stream().sorted().toList(), lines);
    }

    private static Reference source(String url) {
        return refs.sources().stream().filter(r -> r.url().equals(url)).findFirst().orElseThrow();
    }

    private static Citation cited(String url) {
        List<Citation> citations = source(url).citations();
        assertEquals(1, citations.size());
        return citations.get(0);
    }
}
