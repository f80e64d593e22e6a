package org.refkeeper.verdict;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The name a browser saves a file under, which is the title a PDF gets. */
class FileNameTest {
    private static final String PDF = "application/pdf";

    @Test
    void contentDispositionNamesTheFile() {
        assertEquals("1707.06168v2.pdf", FileName.of("https://arxiv.org/pdf/1707.06168",
                Optional.of("inline; filename=\"1707.06168v2.pdf\""), PDF));
        assertEquals("report.pdf", FileName.of("https://example.org/get?id=7",
                Optional.of("attachment; filename=report.pdf"), PDF));
    }

    @Test
    void extendedNameComesBeforeThePlainOne() {
        assertEquals("轻量型网络.pdf", FileName.of("https://example.org/d/9",
                Optional.of("attachment; filename=\"paper.pdf\"; filename*=UTF-8''%E8%BD%BB%E9%87%8F%E5%9E%8B%E7%BD%91%E7%BB%9C.pdf"), PDF));
    }

    @Test
    void withoutContentDispositionTheUrlNamesIt() {
        assertEquals("1707.06168.pdf", FileName.of("https://arxiv.org/pdf/1707.06168", Optional.empty(), PDF),
                "a PDF's name ends in .pdf, as a browser saves it");
        assertEquals("slides 2024.pdf", FileName.of("https://example.org/files/slides%202024.pdf?dl=1", Optional.empty(), PDF));
        assertEquals("data", FileName.of("https://example.org/export/data/", Optional.empty(), "application/octet-stream"));
        assertEquals("example.org", FileName.of("https://example.org/", Optional.empty(), "application/zip"));
    }

    @Test
    void aNameNeverCarriesAPath() {
        assertEquals("passwd", FileName.of("https://example.org/x", Optional.of("attachment; filename=\"../../etc/passwd\""),
                "application/octet-stream"));
    }

    @Test
    void aNameOfAHundredThousandCharactersIsReadWithoutOverflowingTheStack() {
        String name = "報告".repeat(50_000) + ".pdf";
        assertEquals(name, FileName.of("https://example.org/x", Optional.of("attachment; filename=\"" + name + "\""), PDF));
        String escaped = "a\\\"b".repeat(25_000);
        assertEquals("a\"b".repeat(25_000), FileName.of("https://example.org/x",
                Optional.of("attachment; filename=\"" + escaped + "\""), "application/octet-stream"));
        assertEquals("document.pdf", FileName.of("https://example.org/x.pdf",
                Optional.of("attachment; filename=\"" + "\\".repeat(100_000)), PDF), "a name of backslashes alone");
        assertEquals("a.pdf", FileName.of("https://example.org/x", Optional.of("filename=\"a.pdf\""), PDF));
        assertEquals("x", FileName.of("https://example.org/" + "%zz/".repeat(25_000) + "x", Optional.of(";".repeat(100_000)),
                "application/octet-stream"));
    }
}
