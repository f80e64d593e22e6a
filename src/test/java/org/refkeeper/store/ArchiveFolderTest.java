package org.refkeeper.store;

import org.refkeeper.folder.Layout;
import org.refkeeper.folder.Settings;
import org.refkeeper.folder.SettingsFile;
import org.refkeeper.report.RunReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refkeeper.io.BadInputException;
import org.refkeeper.testing.Git;
import org.refkeeper.testing.OlderArchive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** refkeeper makes its archive only where nothing is, opens only its own, and commits only what it wrote. */
class ArchiveFolderTest {
    @TempDir
    Path dir;

    @Test
    void aProjectWithItsOwnRepositoryIsRefusedAndLeftUntouched() throws Exception {
        Path project = Files.createDirectories(dir.resolve("project"));
        Git.run(project, "init", "-q");
        Files.writeString(project.resolve(".gitignore"), "secrets.env\n");
        Files.writeString(project.resolve("secrets.env"), "TOKEN=hunter2\n");
        Files.writeString(project.resolve("main.py"), "print('hi')\n");
        Map<String, String> before = snapshot(project);

        BadInputException e = assertThrows(BadInputException.class, () -> ArchiveStore.openForWriting(project));
        assertTrue(e.getMessage().contains("not a refkeeper archive") && e.getMessage().contains("--archive"), e.getMessage());
        assertThrows(BadInputException.class, () -> ArchiveStore.openForReading(project));
        assertEquals(before, snapshot(project));
    }

    @Test
    void aFolderOfPersonalFilesIsRefusedAndLeftUntouched() throws Exception {
        Path home = Files.createDirectories(dir.resolve("documents"));
        Files.writeString(home.resolve("thesis.tex"), "mine");
        Files.writeString(home.resolve("refkeeper.json"), "{\"notes\": []}\n"); // looks like settings, is no archive
        Map<String, String> before = snapshot(home);
        BadInputException e = assertThrows(BadInputException.class, () -> ArchiveStore.openForWriting(home));
        assertTrue(e.getMessage().contains("has no \"format\""), e.getMessage());
        assertEquals(before, snapshot(home));
    }

    @Test
    void aFileIsNoArchiveFolder() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "x");
        BadInputException e = assertThrows(BadInputException.class, () -> ArchiveStore.openForWriting(file));
        assertTrue(e.getMessage().contains("a file, not a folder"), e.getMessage());
        assertEquals("x", Files.readString(file));
    }

    @Test
    void aNewOrEmptyFolderBecomesAnArchiveMarkedWithItsFormat() throws Exception {
        for (Path root : List.of(dir.resolve("new/archive"), Files.createDirectories(dir.resolve("empty")))) {
            ArchiveStore.openForWriting(root).close();
            assertTrue(Files.readString(root.resolve("refkeeper.json")).contains("\"format\" : " + Layout.FORMAT));
            assertEquals(".refkeeper.lock\n*.tmp\n", Files.readString(root.resolve(".gitignore")));
            ArchiveStore.openForWriting(root).close(); // and opens again as one
        }
    }

    @Test
    void settingsWrittenBeforeTheFirstRunAreKept() throws Exception {
        Path root = Files.createDirectories(dir.resolve("prepared"));
        Files.writeString(root.resolve("refkeeper.json"), "{\"hostDelayMillis\": 5000}\n");
        ArchiveStore.openForWriting(root).close();
        Settings settings = SettingsFile.read(root.resolve("refkeeper.json"));
        assertEquals(Layout.FORMAT, settings.format());
        assertEquals(5000L, settings.hostDelayMillis());
    }

    @Test
    void onlyRefkeepersOwnPathsAreCommittedAndItsGitignoreIsNeverRewritten() throws Exception {
        Path root = dir.resolve("archive");
        try (ArchiveStore store = ArchiveStore.openForWriting(root)) {
            store.saveReport("# report\n");
            store.commit("run 20261101T080000Z: first");
        }
        Files.writeString(root.resolve("secrets.env"), "TOKEN=hunter2\n");
        Files.createDirectories(root.resolve("private"));
        Files.writeString(root.resolve("private/diary.md"), "dear diary\n");
        Files.writeString(root.resolve(".gitignore"), "# mine now\n");
        try (ArchiveStore store = ArchiveStore.openForWriting(root)) {
            store.saveReport("# report 2\n");
            store.saveRun(new RunReport("20261102T080000Z", Instant.EPOCH, Instant.EPOCH, Optional.empty(), Map.of(), List.of()));
            store.commit("run 20261102T080000Z: second");
        }
        List<String> tracked = Git.run(root, "ls-files").lines().toList();
        assertEquals(List.of(".gitignore", "REPORT.md", "refkeeper.json", "runs/20261102T080000Z.json"), tracked);
        assertEquals("# mine now\n", Files.readString(root.resolve(".gitignore")));
        assertTrue(Files.exists(root.resolve("secrets.env")), "never deleted either");
    }

    @Test
    void anArchiveOfTheFirstReleaseIsRecognisedAndUpgradedInPlace() throws Exception {
        Path root = OlderArchive.unpack(dir.resolve("older"));
        assertFalse(Files.readString(root.resolve("refkeeper.json")).contains("format"));
        ArchiveStore.openForReading(root).close();
        assertFalse(Files.readString(root.resolve("refkeeper.json")).contains("format"), "reading writes nothing");
        ArchiveStore.openForWriting(root).close();
        Settings settings = SettingsFile.read(root.resolve("refkeeper.json"));
        assertEquals(Layout.FORMAT, settings.format());
        assertEquals(List.of("/tmp/old-archive/demo/reading-list.md"), settings.notes());
    }

    @Test
    void anArchiveOfANewerRefkeeperIsLeftAlone() throws Exception {
        Path root = Files.createDirectories(dir.resolve("newer"));
        Files.writeString(root.resolve("refkeeper.json"), "{\"format\": 99}\n");
        BadInputException e = assertThrows(BadInputException.class, () -> ArchiveStore.openForWriting(root));
        assertTrue(e.getMessage().contains("newer refkeeper (format 99"), e.getMessage());
    }

    @Test
    void aSymbolicLinkAmongTheArchivesOwnPathsIsRefused() throws Exception {
        Path root = dir.resolve("archive");
        ArchiveStore.openForWriting(root).close();
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.createDirectories(root.resolve("sources"));
        Files.createSymbolicLink(root.resolve("sources/example.org"), outside);
        BadInputException e = assertThrows(BadInputException.class, () -> ArchiveStore.openForWriting(root));
        assertTrue(e.getMessage().contains("sources/example.org: a symbolic link inside the archive"), e.getMessage());
        try (Stream<Path> files = Files.list(outside)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void anArchiveReachedThroughALinkIsKnownByItsRealPath() throws Exception {
        Path real = dir.resolve("real");
        ArchiveStore.openForWriting(real).close();
        Path link = Files.createSymbolicLink(dir.resolve("link"), real);
        try (ArchiveStore store = ArchiveStore.openForReading(link)) {
            assertEquals(real.toRealPath(), store.root());
        }
    }

    /** Every file under a folder with its content, .git included. */
    private static Map<String, String> snapshot(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(p).toString(), new String(Files.readAllBytes(p), java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }
}
