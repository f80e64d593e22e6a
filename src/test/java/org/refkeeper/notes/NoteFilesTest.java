package org.refkeeper.notes;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refkeeper.io.BadInputException;

import java.io.IOException;
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
    void binaryFile() throws IOException {
        Path png = dir.resolve("image.md");
        Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        assertMessage(png + ": not UTF-8 text; save the note as UTF-8", png);
        Path nul = dir.resolve("nul.md");
        Files.write(nul, new byte[] {'a', 0, 'b'});
        assertMessage(nul + ": a binary file, not a note (it holds NUL bytes); give Markdown text files", nul);
    }

    @Test
    void notUtf8() throws IOException {
        Path gbk = dir.resolve("gbk.md");
        Files.write(gbk, "标题 https://example.com/".getBytes("GBK"));
        assertMessage(gbk + ": not UTF-8 text; save the note as UTF-8", gbk);
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
