package org.refkeeper.notes;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refkeeper.io.BadInputException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class NoteFilesTest {
    @TempDir
    Path dir;

    @Test
    void foldersAreWalkedInNameOrderAndNotesNamedFromTheFolderAsGiven() throws IOException {
        write("blog/_posts/b.md", "https://example.com/b\n");
        write("blog/_posts/a.markdown", "https://example.com/a\n");
        write("blog/about.MD", "https://example.com/about\n");
        write("blog/assets/notes.txt", "https://example.com/txt\n");
        write("blog/.git/HEAD.md", "https://example.com/hidden\n");
        Path blog = dir.resolve("blog");

        References refs = Notes.scan(List.of(blog));

        String prefix = blog.toString().replace('\\', '/');
        assertEquals(List.of(prefix + "/_posts/a.markdown", prefix + "/_posts/b.md", prefix + "/about.MD"),
                refs.sources().stream().map(r -> r.citations().get(0).note()).toList());
    }

    @Test
    void aNamedFileIsReadAsMarkdownWhateverItsExtension() throws IOException {
        Path txt = write("seed.txt", "[t](https://example.com/t)\n");
        assertEquals("https://example.com/t", Notes.scan(List.of(txt)).sources().get(0).url());
    }

    @Test
    void aNoteNamedTwiceIsReadOnce() throws IOException {
        Path note = write("notes/a.md", "https://example.com/a\n");
        References refs = Notes.scan(List.of(dir.resolve("notes"), note));
        assertEquals(1, refs.sources().get(0).citations().size());
    }

    @Test
    void missingPath() {
        Path missing = dir.resolve("notes/x.md");
        assertMessage(missing + ": no such file or folder; give a Markdown file or a folder of notes", missing);
    }

    @Test
    void folderWithoutNotes() throws IOException {
        write("empty/readme.txt", "not markdown\n");
        Path empty = dir.resolve("empty");
        assertMessage(empty + ": no Markdown notes (*.md, *.markdown) in this folder;"
                + " give a folder that holds notes, or name the note files", empty);
    }

    @Test
    void aBinaryFileNamedOnItsOwnIsRefused() throws IOException {
        Path png = dir.resolve("image.md");
        Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        assertMessage(png + ": a binary file, not a note (it holds NUL bytes); give Markdown text files", png);
    }

    @Test
    void aBinaryFileInAFolderOfNotesIsSkippedWithAWarning() throws IOException {
        write("notes/a.md", "https://example.com/a\n");
        Files.write(dir.resolve("notes/logo.md"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        References refs = Notes.scan(List.of(dir.resolve("notes")));
        assertEquals(List.of("https://example.com/a"), refs.sources().stream().map(Reference::url).toList());
        String notes = dir.resolve("notes").toString().replace('\\', '/');
        assertEquals(List.of(notes + "/logo.md: skipped, a binary file and no note (it holds NUL bytes)"), refs.warnings());
    }

    @Test
    void notesInGbkOrUtf16AreReadAndTheEncodingNamed() throws IOException {
        Path gbk = dir.resolve("gbk.md");
        Files.write(gbk, "# 标题\n\n[轻量型网络](https://example.com/gbk)\n".getBytes("GBK"));
        Path utf16 = dir.resolve("utf16.md");
        Files.write(utf16, "\uFEFF[独角鲸](https://example.com/utf16)\n".getBytes(StandardCharsets.UTF_16LE));
        Path bom = dir.resolve("bom.md");
        Files.write(bom, "\uFEFF[带 BOM](https://example.com/bom)\n".getBytes(StandardCharsets.UTF_8));

        References refs = Notes.scan(List.of(gbk, utf16, bom));

        assertEquals(List.of("轻量型网络", "独角鲸", "带 BOM"), refs.sources().stream().map(Reference::title).toList());
        assertEquals("标题", refs.sources().get(0).citations().get(0).heading());
        assertEquals(List.of(slashed(gbk) + ": not UTF-8; read as GB18030", slashed(utf16) + ": not UTF-8; read as UTF-16LE"),
                refs.warnings());
    }

    @Test
    void textInNoEncodingRefkeeperReadsIsRefused() throws IOException {
        Path latin = dir.resolve("latin.md");
        Files.write(latin, new byte[] {'a', (byte) 0xFF, (byte) 0xFE, (byte) 0xFF, 'b'});
        assertMessage(latin + ": neither UTF-8 nor GB18030 (GBK) text; save the note as UTF-8", latin);
    }

    private static String slashed(Path p) {
        return p.toString().replace('\\', '/');
    }

    private void assertMessage(String expected, Path path) {
        BadInputException e = assertThrows(BadInputException.class, () -> Notes.scan(List.of(path)));
        assertEquals(expected.replace('\\', '/'), e.getMessage());
    }

    private Path write(String relative, String text) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }
}
