package org.refkeeper.notes;

import org.refkeeper.sources.Reference;
import org.refkeeper.sources.References;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.refkeeper.io.BadInputException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Notes of 100,000 characters shaped to make a parser recurse or backtrack: each is read, or refused in one line,
 * and the scan ends. The timeouts only stop a scan that would hang the suite; they are no speed target.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class HugeNoteTest {
    private static final int N = 100_000;

    @TempDir
    Path dir;

    @Test
    void frontMatterThatNeverCloses() throws IOException {
        List<String> urls = urls("---\n" + "title: x\n".repeat(N / 9) + "\nhttps://example.com/after\n");
        assertEquals(List.of("https://example.com/after"), urls);
    }

    @Test
    void frontMatterOfAHundredThousandLines() throws IOException {
        assertEquals(List.of("https://example.com/after"),
                urls("---\n" + "k: v\n".repeat(N / 5) + "---\nhttps://example.com/after\n"));
    }

    @Test
    void frontMatterKeepsLineNumbers() throws IOException {
        References refs = scan("---\r\ntitle: x\r\n...\r\nhttps://example.com/a\n");
        assertEquals(4, refs.sources().get(0).citations().get(0).line());
        assertEquals(List.of(), urls("---\nurl: https://example.com/in\n---"));
    }

    @Test
    void headingsThatLookLikeAttributeLists() throws IOException {
        String note = "# " + " ".repeat(N) + "x\n\n## a" + " ".repeat(N) + "{#x" + "\n\n### t {#" + "}".repeat(N)
                + "\n\n#### real title {#id}\n\nhttps://example.com/a\n";
        References refs = scan(note);
        assertEquals("real title", refs.sources().get(0).citations().get(0).heading());
    }

    @Test
    void deepNesting() throws IOException {
        for (String deep : List.of(">".repeat(N) + " https://example.com/q\n", "- ".repeat(N / 2) + "https://example.com/l\n",
                "[".repeat(N) + "https://example.com/b" + "](x)".repeat(N / 4) + "\n", "*".repeat(N) + "https://example.com/e\n",
                "<div>".repeat(N / 5) + "<a href=\"https://example.com/h\">t</a>\n", "<a href=\"".repeat(N / 9) + "\n",
                "https://x.com/" + "*".repeat(N / 2) + "a" + "*".repeat(N / 2) + "\n", "https://x.com/" + "_a".repeat(N / 4)
                        + "_".repeat(N / 4) + "\n")) {
            try {
                scan(deep);
            } catch (BadInputException e) {
                assertTrue(e.getMessage().length() < 400 && !e.getMessage().contains("\n"), e.getMessage());
            }
        }
    }

    @Test
    void longUrlsAndManyLinks() throws IOException {
        String longUrl = "https://example.com/" + "路".repeat(N);
        assertEquals(1, scan(longUrl + "\n").sources().size());
        assertEquals(N / 25, scan("https://example.com/x?a=1 ".repeat(N / 25).replace("?a=1 ", "?a=1\n")).sources().get(0)
                .citations().size());
        assertEquals(0, scan(("https://" + " ".repeat(N)) + "\n").sources().size());
    }

    @Test
    void templateTagsFootnotesHtmlAndTablesByTheThousand() throws IOException {
        assertEquals(List.of("https://example.com/after"),
                urls("{% highlight x %}\n".repeat(N / 18) + "{{/* ".repeat(N / 5) + "{{< highlight >}}".repeat(N / 17)
                        + "\nhttps://example.com/after\n"));
        assertEquals(N / 22, scan("[^1]: " + "https://example.com/f ".repeat(N / 22) + "\n").sources().get(0)
                .citations().size());
        assertEquals(N / 30, scan("<div>\n" + "<p>https://example.com/p</p>\n".repeat(N / 30) + "</div>\n").sources().get(0)
                .citations().size());
        String wrapped = scan("x".repeat(60) + " https://example.com/a\n" + "/b".repeat(40) + "\n").sources().get(0).url();
        assertEquals(N / 150, scan(("x".repeat(60) + " https://example.com/a\n" + "/b".repeat(40) + "\n").repeat(N / 150))
                .sources().get(0).citations().size(), wrapped);
        assertEquals(1, scan("x".repeat(60) + " https://" + "https://".repeat(N / 8) + "\n/b\n".repeat(N / 3)).sources().size());
        assertEquals(N / 30, scan("| a | b |\n|---|---|\n" + "| x | https://example.com/t |\n".repeat(N / 30)).sources()
                .get(0).citations().size());
    }

    private List<String> urls(String note) throws IOException {
        return scan(note).sources().stream().map(Reference::url).toList();
    }

    private References scan(String note) throws IOException {
        Path file = Files.writeString(dir.resolve("note.md"), note);
        return Notes.scan(List.of(file));
    }
}
