package org.refkeeper.notes;

import org.refkeeper.citations.Citation;
import org.refkeeper.sources.Reference;
import org.refkeeper.sources.References;
import org.refkeeper.sources.Skipped;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LinkFormsTest {
    @TempDir
    Path dir;

    @Test
    void inlineLinkTakesItsTextAsTitle() throws IOException {
        Citation c = only(scan("# Reading\n\nSee [A *good* article](https://example.com/a) today.\n"));
        assertEquals(new Citation(note(), 3, "A good article", "Reading", "https://example.com/a"), c);
    }

    @Test
    void angleBracketUrlAloneTakesTheLineBelow() throws IOException {
        Citation c = only(scan("<https://example.com/b>\nThe title of B\n"));
        assertEquals("The title of B", c.title());
        assertEquals(1, c.line());
    }

    @Test
    void referenceStyleLinkIsCitedWhereItIsUsed() throws IOException {
        References refs = scan("## Refs\n\nRead [the paper][p] first.\n\n[p]: https://example.com/paper \"Paper\"\n");
        Citation c = only(refs);
        assertEquals(3, c.line());
        assertEquals("the paper", c.title());
        assertEquals("Refs", c.heading());
        assertEquals("https://example.com/paper", c.citedUrl());
    }

    @Test
    void htmlAnchorsInlineAndInBlocks() throws IOException {
        References refs = scan("""
                # Html
                Inline <a href="https://example.com/inline">inline *html*
                text</a> here.

                <div>
                <p>intro</p>
                <a href="https://example.com/block?a=1&amp;b=2">block text</a>
                </div>
                """);
        assertEquals(List.of("https://example.com/inline", "https://example.com/block?a=1&b=2"), urls(refs));
        Citation inline = refs.sources().get(0).citations().get(0);
        assertEquals(2, inline.line());
        assertEquals("inline html text", inline.title());
        Citation block = refs.sources().get(1).citations().get(0);
        assertEquals(7, block.line());
        assertEquals("block text", block.title());
        assertEquals("Html", block.heading());
    }

    @Test
    void theTextOfHtmlBlocksIsReadForBareUrlsAndMarkdownLinks() throws IOException {
        References refs = scan("""
                # Html
                <table>
                  <tr><td>轻量型网络</td><td>
                      https://zhuanlan.zhihu.com/p/93020471</td></tr>
                </table>
                <div markdown="1">
                See [the paper](https://example.com/paper) &amp; https://example.com/amp?a=1&amp;b=2。
                <a href="https://example.com/logo"><img src="https://example.com/logo.png" alt="Our logo"></a>
                <iframe src="https://www.youtube.com/embed/x"></iframe> <img src="https://example.com/photo.jpg">
                <pre>curl https://example.com/in-pre</pre> <code>https://example.com/in-code</code>
                </div>
                """);
        assertEquals(List.of("https://zhuanlan.zhihu.com/p/93020471", "https://example.com/paper",
                "https://example.com/amp?a=1&b=2", "https://example.com/logo"), urls(refs));
        assertEquals(List.of(4, 7, 7, 8), refs.sources().stream().map(r -> r.citations().get(0).line()).toList());
        assertEquals(List.of("", "the paper", "", "Our logo"), refs.sources().stream().map(Reference::title).toList());
        assertEquals("Html", refs.sources().get(1).citations().get(0).heading());
    }

    @Test
    void protocolRelativeUrlsAreCitedAsHttps() throws IOException {
        References refs = scan("[a](//example.com/a) <a href=\"//example.com/b\">b</a>\n");
        assertEquals(List.of("https://example.com/a", "https://example.com/b"), urls(refs));
        assertEquals("//example.com/a", refs.sources().get(0).citations().get(0).citedUrl());
    }

    @Test
    void linksInCodeAreNotCitations() throws IOException {
        References refs = scan("""
                ```
                https://example.com/fenced
                [x](https://example.com/fenced-link)
                ```

                    https://example.com/indented

                Use `https://example.com/span` in code, <code>https://example.com/html-code</code> and
                <kbd>https://example.com/kbd</kbd>, but cite https://example.com/real
                """);
        assertEquals(List.of("https://example.com/real"), urls(refs));
        assertEquals(9, only(refs).line());
    }

    @Test
    void titleOnTheNextLineOfTheSameParagraph() throws IOException {
        Citation c = only(scan("# H\nhttps://mp.weixin.qq.com/s/abc\n标题在 *下一行* of `code`\n"));
        assertEquals("标题在 下一行 of code", c.title());
        assertEquals(2, c.line());
    }

    @Test
    void noTitleWhenTheNextLineIsAUrlOrAHeading() throws IOException {
        References refs = scan("""
                https://example.com/one
                https://example.com/two

                # Next section

                https://example.com/three

                ## Sub
                https://example.com/four
                """);
        assertEquals(List.of("", "", "", ""), refs.sources().stream().map(Reference::title).toList());
        assertEquals("Sub", refs.sources().get(3).citations().get(0).heading());
    }

    @Test
    void urlInsideASentenceHasNoTitle() throws IOException {
        Citation c = only(scan("As https://example.com/s says,\nthis is not its title.\n"));
        assertEquals("", c.title());
        assertEquals("https://example.com/s", c.citedUrl());
    }

    @Test
    void chineseTextAndFullWidthPunctuationEndABareUrl() throws IOException {
        References refs = scan("""
                见https://example.com/a。后面的文字
                （https://example.com/b）和 https://example.com/c，还有https://mp.weixin.qq.com/s/xyz这篇文章
                (https://example.com/d).
                """);
        assertEquals(List.of("https://example.com/a", "https://example.com/b", "https://example.com/c",
                "https://mp.weixin.qq.com/s/xyz", "https://example.com/d"), urls(refs));
    }

    @Test
    void bareUrlFollowedByFullWidthPunctuationStillTakesTheNextLine() throws IOException {
        Citation c = only(scan("https://example.com/a。\n\n标题\n"));
        assertEquals("https://example.com/a", c.citedUrl());
        assertEquals("标题", c.title());
    }

    @Test
    void frontMatterIsSkippedAndLinesStayRight() throws IOException {
        References refs = scan("---\ntitle: x\nlink: https://example.com/front\n---\n\nhttps://example.com/body\n");
        assertEquals(List.of("https://example.com/body"), urls(refs));
        assertEquals(6, only(refs).line());
    }

    @Test
    void windowsNoteWithByteOrderMarkAndCrLf() throws IOException {
        Citation c = only(scan("\uFEFF---\r\ntitle: x\r\n---\r\n# 标题\r\n\r\n- https://example.com/w\r\n  Its title\r\n"));
        assertEquals(new Citation(note(), 6, "Its title", "标题", "https://example.com/w"), c);
    }

    @Test
    void duplicatesMergeIntoOneReferenceWithEveryCitation() throws IOException {
        References refs = scan("""
                # First
                [One](https://Example.com/dup?utm_source=x#top)

                # Second
                https://example.com/dup
                Again
                """);
        Reference dup = refs.sources().get(0);
        assertEquals(1, refs.sources().size());
        assertEquals("https://example.com/dup", dup.url());
        assertEquals(List.of(2, 5), dup.citations().stream().map(Citation::line).toList());
        assertEquals(List.of("First", "Second"), dup.citations().stream().map(Citation::heading).toList());
        assertEquals("https://Example.com/dup?utm_source=x#top", dup.citations().get(0).citedUrl());
        assertEquals("One", dup.title());
    }

    @Test
    void onlyHttpLinksAreArchivedTheRestAreSkippedWithAReason() throws IOException {
        References refs = scan("""
                [mail](mailto:a@example.com) [ftp](ftp://example.com/f) [rel](../other.md)
                [anchor](#top) [js](javascript:alert(1)) [bad](<https://exa mple.com/x>)
                [ok](HTTP://example.com/ok)
                """);
        assertEquals(List.of("http://example.com/ok"), urls(refs));
        List<String> reasons = refs.skipped().stream().map(Skipped::reason).toList();
        assertEquals(List.of("not http(s)", "not http(s)", "relative link", "link within the note", "not http(s)"),
                reasons.subList(0, 5));
        Skipped bad = refs.skipped().get(5);
        assertEquals("https://exa mple.com/x", bad.url());
        assertEquals(note() + ":2", bad.citation().where());
        assertTrue(bad.reason().contains("not a valid URL"), bad.reason());
    }

    @Test
    void underscoresAndAsterisksThatMarkdownReadsAsEmphasisStayInABareUrl() throws IOException {
        References refs = scan("""
                https://mp.weixin.qq.com/s/_MDbbGzDOGHk5TBgbu_-oA

                标题在下一行

                See https://example.com/*starred*/page and https://example.com/__x__y, then _emphasis_ in prose.
                A URL then emphasis apart: https://example.com/z _not part of it_.
                """);
        assertEquals(List.of("https://mp.weixin.qq.com/s/_MDbbGzDOGHk5TBgbu_-oA", "https://example.com/*starred*/page",
                "https://example.com/__x__y", "https://example.com/z"), urls(refs));
        assertEquals("标题在下一行", refs.sources().get(0).citations().get(0).title());
    }

    @Test
    void anIdThatMarkdownReadsAsEmphasisInsideEmphasisStaysWhole() throws IOException {
        References refs = scan("https://mp.weixin.qq.com/s/__MDbbGzDOGHk5TBgbu_-o_\n\nhttps://mp.weixin.qq.com/s/a_**b_c**_d\n");
        assertEquals(List.of("https://mp.weixin.qq.com/s/__MDbbGzDOGHk5TBgbu_-o_", "https://mp.weixin.qq.com/s/a_**b_c**_d"),
                urls(refs));
    }

    @Test
    void bareEmailAddressesAreProse() throws IOException {
        assertTrue(scan("Write to someone@example.com.\n").skipped().isEmpty());
    }

    private References scan(String markdown) throws IOException {
        Files.writeString(dir.resolve("note.md"), markdown);
        return Notes.scan(List.of(dir.resolve("note.md")));
    }

    private String note() {
        return dir.resolve("note.md").toString().replace('\\', '/');
    }

    private static Citation only(References refs) {
        assertEquals(1, refs.sources().size(), refs.toString());
        assertEquals(1, refs.sources().get(0).citations().size());
        return refs.sources().get(0).citations().get(0);
    }

    private static List<String> urls(References refs) {
        return refs.sources().stream().map(Reference::url).toList();
    }
}
