package org.refkeeper.restore;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refkeeper.io.BadInputException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RestoreFolderTest {
    @TempDir
    Path dir;

    private static RestoreManifest manifest() {
        return new RestoreManifest("x/y", "https://x/y", Instant.parse("2026-11-29T12:00:00Z"), "captures/a.warc.gz", List.of());
    }

    @Test
    void refusesAFolderWithSomeoneElsesFiles() throws IOException {
        Path occupied = Files.createDirectories(dir.resolve("occupied"));
        Files.writeString(occupied.resolve("notes.md"), "mine");
        BadInputException e = assertThrows(BadInputException.class, () -> RestoreFolder.open(occupied));
        assertTrue(e.getMessage().contains("--to"), e.getMessage());
        assertThrows(BadInputException.class, () -> RestoreFolder.open(occupied.resolve("notes.md")));
    }

    @Test
    void neverWritesOutsideTheFolder() throws IOException {
        Path copy = dir.resolve("copy");
        RestoreFolder folder = RestoreFolder.open(copy);
        for (String escape : List.of("../outside.txt", "/etc/passwd", "files/../../outside.txt", "files/./x", "",
                "..", "a//b", "C:\\x", "files\\..\\..\\x")) {
            assertThrows(IOException.class, () -> folder.write(escape, new byte[1]), escape);
        }
        Path outside = Files.createDirectories(dir.resolve("elsewhere"));
        Files.createSymbolicLink(copy.resolve("files"), outside);
        IOException e = assertThrows(IOException.class, () -> folder.write("files/a.png", new byte[1]));
        assertTrue(e.getMessage().contains("outside"), e.getMessage());
        try (var left = Files.list(outside)) {
            assertEquals(0, left.count());
        }
        assertFalse(Files.exists(dir.resolve("outside.txt")));
    }

    @Test
    void anEarlierRestoreIsReplacedAndItsLeftoversRemoved() throws IOException {
        Path copy = dir.resolve("copy");
        RestoreFolder first = RestoreFolder.open(copy);
        first.write("index.html", "old".getBytes(StandardCharsets.UTF_8));
        first.write("files/old.png", new byte[]{1});
        first.finish(manifest());
        Files.writeString(copy.resolve("my-notes.txt"), "kept");

        RestoreFolder second = RestoreFolder.open(copy);
        second.write("index.html", "new".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("index.html"), second.finish(manifest()));
        assertEquals("new", Files.readString(copy.resolve("index.html")));
        assertFalse(Files.exists(copy.resolve("files/old.png")));
        assertEquals("kept", Files.readString(copy.resolve("my-notes.txt")));
    }
}
