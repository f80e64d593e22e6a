package org.refkeeper.notes;

import org.refkeeper.citations.Citation;
import org.refkeeper.sources.Reference;
import org.refkeeper.sources.References;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.refkeeper.notes.NoteScan.urls;

/** What Jekyll and Hugo posts write around their citations: front matter, footnotes, definitions, template code. */
class BlogNoteTest {
    @TempDir
    Path dir;

    @Test
    void footnotesAreCitedWhereTheyAreWrittenWithTheirWords() throws IOException {
        References refs = NoteScan.scan(dir, """
                # 正文

                剪枝的工作[^1]，量化的工作[^q]，又见[^1]。蒸馏[^d]，综述[^s]。

                [^1]: https://example.com/pruning
                [^q]: 张三，《量化综述》，2020，https://example.com/quant
                [^d]: https://example.com/distill "知识蒸馏"
                [^s]: 李四 《综述》 https://example.com/survey。
                """);
        assertEquals(List.of("https://example.com/pruning", "https://example.com/quant", "https://example.com/distill",
                "https://example.com/survey"), urls(refs));
        assertEquals(List.of(5, 6, 7, 8), refs.sources().stream().map(r -> r.citations().get(0).line()).toList());
        assertEquals(List.of(1, 1, 1, 1), refs.sources().stream().map(r -> r.citations().size()).toList());
        assertEquals(List.of("", "张三，《量化综述》，2020", "知识蒸馏", "李四 《综述》"),
                refs.sources().stream().map(Reference::title).toList());
    }

    @Test
    void referenceDefinitionsNoLinkUsesAreCitedAndNumberedLinksTakeTheDefinitionsTitle() throws IOException {
        References refs = NoteScan.scan(dir, """
                As shown in [1] and [this post][post].

                [1]: <https://example.com/one> "The first paper"
                [post]: https://example.com/post
                [Further reading]: https://example.com/further
                [2]: https://example.com/two 'Second'
                """);
        assertEquals(List.of("https://example.com/one", "https://example.com/post", "https://example.com/further",
                "https://example.com/two"), urls(refs));
        assertEquals(List.of("The first paper", "this post", "Further reading", "Second"),
                refs.sources().stream().map(Reference::title).toList());
        assertEquals(List.of(1, 1, 5, 6), refs.sources().stream().map(r -> r.citations().get(0).line()).toList());
    }

    @Test
    void liquidAndHugoCodeBlocksAndCommentsAreNotCitations() throws IOException {
        References refs = NoteScan.scan(dir, """
                {% highlight bash %}
                curl https://api.example.com/v1/items
                {% endhighlight %}
                {%- comment -%} todo: https://example.com/draft-idea {%- endcomment -%}
                {{< highlight go >}}
                http.Get("https://example.com/go")
                {{< /highlight >}}
                {{/* https://example.com/hugo-comment */}}
                {% raw %}https://example.com/shown-as-is{% endraw %}
                https://example.com/cited
                """);
        assertEquals(List.of("https://example.com/shown-as-is", "https://example.com/cited"), urls(refs));
        assertEquals(10, refs.sources().get(1).citations().get(0).line());
    }

    @Test
    void hugoTomlFrontMatterAndOldMacLineEndsAreFrontMatter() throws IOException {
        References toml = NoteScan.scan(dir, "+++\ntitle = \"x\"\nlink = \"https://example.com/front\"\n+++\n\nhttps://example.com/body\n");
        assertEquals(List.of("https://example.com/body"), urls(toml));
        assertEquals(6, toml.sources().get(0).citations().get(0).line());

        References cr = NoteScan.scan(dir, "---\rtitle: x\rlink: https://example.com/front\r---\r\rhttps://example.com/body\rIts title\r");
        assertEquals(List.of("https://example.com/body"), urls(cr));
        Citation c = cr.sources().get(0).citations().get(0);
        assertEquals(6, c.line());
        assertEquals("Its title", c.title());
        assertEquals("", c.heading());
    }

    @Test
    void aNoteThatOpensWithARuleHasNoFrontMatter() throws IOException {
        References refs = NoteScan.scan(dir, "---\n\nhttps://example.com/a\n\n文章一\n\n---\n\nhttps://example.com/b\n");
        assertEquals(List.of("https://example.com/a", "https://example.com/b"), urls(refs));
        assertEquals("文章一", refs.sources().get(0).title());
        References yaml = NoteScan.scan(dir, "---\ntitle: \"A: B\"\ntags:\n  - x\n- y\n# comment\n标题: 中文\n---\nhttps://example.com/c\n");
        assertEquals(List.of("https://example.com/c"), urls(yaml));
    }

    @Test
    void tablesEndUrlsAtTheirPipesAndAreNoTitle() throws IOException {
        References refs = NoteScan.scan(dir, """
                https://example.com/above

                | 标题 | 链接 |
                |------|------|
                |轻量型网络|https://zhuanlan.zhihu.com/p/93020471|
                """);
        assertEquals(List.of("https://example.com/above", "https://zhuanlan.zhihu.com/p/93020471"), urls(refs));
        assertEquals("", refs.sources().get(0).title());
        assertEquals(5, refs.sources().get(1).citations().get(0).line());
    }

    @Test
    void aParagraphOfProseBelowAUrlIsNotItsTitle() throws IOException {
        String prose = "这篇文章讲了很多事情，".repeat(30);
        References refs = NoteScan.scan(dir, "https://example.com/a\n\n" + prose + "\n\nhttps://example.com/b\n\n短标题\n");
        assertEquals(List.of("", "短标题"), refs.sources().stream().map(Reference::title).toList());
    }

    @Test
    void obsidianWikilinksEmbedsAndComments() throws IOException {
        References refs = NoteScan.scan(dir, """
                See [[https://example.com/wiki|维基的别名]] and [[https://example.com/plain]].
                ![[https://example.com/picture.png|300]]
                %% https://example.com/commented-out %%
                %%
                https://example.com/block-comment
                %%
                ```matlab
                %% cell one
                x = 1;
                ```
                https://example.com/between-matlab-cells
                ```matlab
                %% cell two
                ```
                """);
        assertEquals(List.of("https://example.com/wiki", "https://example.com/plain",
                "https://example.com/between-matlab-cells"), urls(refs));
        assertEquals("维基的别名", refs.sources().get(0).title());
    }
}
