package org.refkeeper.notes;

import org.refkeeper.citations.Citation;
import org.refkeeper.sources.Reference;
import org.refkeeper.sources.References;
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
    void notesReachedThroughSymbolicLinksAreReadOnceAndALoopEndsTheWalk() throws IOException {
        write("shared/b.md", "https://example.com/shared\n");
        write("blog/a.md", "https://example.com/a\n");
        Path blog = dir.resolve("blog");
        Files.createSymbolicLink(blog.resolve("linked-folder"), dir.resolve("shared"));
        Files.createSymbolicLink(blog.resolve("linked-note.md"), dir.resolve("shared/b.md"));
        Files.createSymbolicLink(blog.resolve("loop"), blog);
        Files.createSymbolicLink(blog.resolve("gone.md"), dir.resolve("nowhere.md"));

        References refs = Notes.scan(List.of(blog));

        String prefix = slashed(blog);
        assertEquals(List.of("https://example.com/a", "https://example.com/shared"),
                refs.sources().stream().map(Reference::url).toList());
        assertEquals(List.of(prefix + "/linked-folder/b.md"), refs.sources().get(1).citations().stream()
                .map(Citation::note).toList());
        assertEquals(List.of(prefix + "/gone.md: skipped, a symbolic link to nothing; fix the link or remove it"),
                refs.warnings());
    }

    @Test
    void buildOutputAndDependencyFoldersAreNotNotes() throws IOException {
        write("blog/_posts/2020-01-01-a.md", "https://example.com/post\n");
        write("blog/_site/2020/01/01/a.md", "https://example.com/post\n");
        write("blog/node_modules/pkg/README.md", "https://example.com/npm\n");
        write("blog/vendor/bundle/ruby/3.1.0/gems/jekyll-4.3.2/README.markdown", "https://example.com/gem\n");
        write("blog/vendor/notes.md", "https://example.com/vendor-note\n");
        write("blog/_drafts/b.mkd", "https://example.com/draft\n");

        References refs = Notes.scan(List.of(dir.resolve("blog")));

        assertEquals(List.of("https://example.com/draft", "https://example.com/post", "https://example.com/vendor-note"),
                refs.sources().stream().map(Reference::url).toList());
        assertEquals(1, refs.sources().get(1).citations().size());
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
        assertMessage(empty + ": no Markdown notes (*.md, *.markdown, *.mkd, *.mkdn, *.mkdown, *.mdown) in this folder;"
                + " give a folder that holds notes, or name the note files", empty);
    }

    @Test
    void aBinaryFileNamedOnItsOwnIsRefused() throws IOException {
        Path png = dir.resolve("image.md");
        Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        assertMessage(png + ": a binary file, not a note (a NUL byte on line 1); give Markdown text files", png);
    }

    @Test
    void aBinaryFileInAFolderOfNotesIsSkippedWithAWarning() throws IOException {
        write("notes/a.md", "https://example.com/a\n");
        Files.write(dir.resolve("notes/logo.md"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        References refs = Notes.scan(List.of(dir.resolve("notes")));
        assertEquals(List.of("https://example.com/a"), refs.sources().stream().map(Reference::url).toList());
        String notes = dir.resolve("notes").toString().replace('\\', '/');
        assertEquals(List.of(notes + "/logo.md: skipped, a binary file and no note (a NUL byte on line 1);"
                + " move it out of the notes to silence this"), refs.warnings());
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
        assertEquals(List.of(slashed(gbk) + ": not UTF-8; read as GB18030 (GBK); save the note as UTF-8",
                        slashed(utf16) + ": not UTF-8; read as UTF-16LE; save the note as UTF-8"),
                refs.warnings());
    }

    @Test
    void aUtf8NoteWithAFewBadBytesIsReadAsUtf8AndTheLineNamed() throws IOException {
        byte[] good = "# 模型压缩\n\nhttps://example.com/a\n谷歌大脑用强化学习\n\n".getBytes(StandardCharsets.UTF_8);
        byte[] cut = "轻".getBytes(StandardCharsets.UTF_8);
        byte[] rest = "量型网络：IdleBlock\nhttps://example.com/b\n中大商汤等提出深度网络加速新方法\n".getBytes(StandardCharsets.UTF_8);
        Path note = dir.resolve("slip.md");
        Files.write(note, concat(good, new byte[] {cut[0], cut[1]}, rest)); // a character cut in two on line 6

        References refs = Notes.scan(List.of(note));

        assertEquals(List.of("谷歌大脑用强化学习", "中大商汤等提出深度网络加速新方法"), refs.sources().stream().map(Reference::title).toList());
        assertEquals("模型压缩", refs.sources().get(0).citations().get(0).heading());
        assertEquals(List.of(slashed(note) + ":6: 1 byte not UTF-8 (the first on this line), read as \uFFFD;"
                + " save the note as UTF-8"), refs.warnings());
    }

    @Test
    void aNoteInLatin1IsReadForItsUrlsWithAWarning() throws IOException {
        Path latin = dir.resolve("latin.md");
        Files.write(latin, "# Caf\u00e9\n\nhttps://example.com/cafe\nLe caf\u00e9 cr\u00e8me\n".getBytes(StandardCharsets.ISO_8859_1));
        References refs = Notes.scan(List.of(latin));
        assertEquals(List.of("https://example.com/cafe"), refs.sources().stream().map(Reference::url).toList());
        assertEquals("Le caf\uFFFD cr\uFFFDme", refs.sources().get(0).title());
        assertEquals(List.of(slashed(latin) + ":1: 3 bytes not UTF-8 (the first on this line), read as \uFFFD;"
                + " save the note as UTF-8"), refs.warnings());
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
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
