package org.refkeeper.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refkeeper.report.Json;
import org.refkeeper.testing.Seeds;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RefsCommandTest {
    @TempDir
    Path dir;

    @Test
    void listsTheSeedNotesThirtyFiveSourcesWithTitlesAndHeadings() throws Exception {
        CommandLineRun r = CommandLineRun.of("refs", Seeds.note().toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("35 sources, 0 links skipped"), r.out());
        assertTrue(r.out().contains("https://mp.weixin.qq.com/s/p_qdKcQwQ8y_JUw3gQUEnA\n"), r.out());
        assertTrue(r.out().contains(":12  谷歌大脑用强化学习为移动设备量身定做最好最快的CNN模型  [模型压缩与加速进阶]"), r.out());
    }

    @Test
    void everyCommandExplainsItselfWithHelp() {
        for (String command : java.util.List.of("refs", "run", "status", "log", "diff", "restore", "serve", "publish",
                "export", "import", "verify", "demo")) {
            CommandLineRun r = CommandLineRun.of(command, "--help");
            assertEquals(0, r.exit(), command + ": " + r.err());
            assertTrue(r.out().startsWith("Usage: refkeeper " + command), r.out());
            assertEquals(r.out(), CommandLineRun.of("help", command).out());
        }
    }

    @Test
    void aMistypedOptionPointsToTheCommandsOwnHelp() {
        CommandLineRun r = CommandLineRun.of("refs", "--jsn", Seeds.note().toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().endsWith("Try 'refkeeper refs --help'.\n"), r.err());
    }

    @Test
    void printsJson() throws Exception {
        CommandLineRun r = CommandLineRun.of("refs", "--json", Seeds.note().toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode json = Json.MAPPER.readTree(r.out());
        assertEquals(35, json.get("sources").size());
        JsonNode first = json.get("sources").get(0);
        assertEquals("https://mp.weixin.qq.com/s/p_qdKcQwQ8y_JUw3gQUEnA", first.get("url").asText());
        assertEquals(12, first.get("citations").get(0).get("line").asInt());
    }

    @Test
    void aMissingNoteIsBadInputWithOneLineThatNamesIt() {
        CommandLineRun r = CommandLineRun.of("refs", dir.resolve("nope.md").toString());
        assertEquals(2, r.exit());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("nope.md"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void aFolderWithoutNotesIsBadInput() throws Exception {
        Files.writeString(dir.resolve("readme.txt"), "no markdown here");
        CommandLineRun r = CommandLineRun.of("refs", dir.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("refkeeper: " + dir), r.err());
    }

    @Test
    void aBinaryNoteIsBadInput() throws Exception {
        Path binary = dir.resolve("photo.md");
        Files.write(binary, new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        CommandLineRun r = CommandLineRun.of("refs", binary.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("photo.md"), r.err());
    }

    @Test
    void unknownOptionsAreUsageErrors() {
        CommandLineRun r = CommandLineRun.of("refs", "--frobnicate", "x.md");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--frobnicate"), r.err());
    }
}
