package org.refkeeper.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refkeeper.store.ArchiveStore;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every bad input a user can give: exit 2, one line on stderr that names the file, key, value or URL and says
 * what to do, no Java exception text, and nothing written for it. No test here needs a browser: each input is
 * refused before one would start.
 */
class BadInputTest {
    private static final List<String> JAVA_TEXT = List.of("Exception", "Cannot invoke", "For input string",
            "com.fasterxml", "java.", "Unrecognized field", "at [Source");

    @TempDir
    Path dir;

    @Test
    void mistypedSettingsKeyNamesTheKeyItMeant() throws IOException {
        Path archive = archive("{\"format\": 1, \"hostDelayMilis\": 5000}\n");
        CommandLineRun run = refused(2, "--archive", archive.toString(), "status");
        assertTrue(run.err().contains("refkeeper.json: unknown key \"hostDelayMilis\"; did you mean \"hostDelayMillis\"?"),
                run.err());
    }

    @Test
    void settingsThatAreNoJsonNameTheLineAndColumn() throws IOException {
        Path archive = archive("{\"format\": 1,\n  \"notes\": [\"a.md\"\n}\n");
        CommandLineRun run = refused(2, "--archive", archive.toString(), "status");
        assertTrue(run.err().contains("refkeeper.json:3:1: not valid JSON"), run.err());
    }

    @Test
    void settingsOfTheWrongKindOrOutOfRangeSayWhatToWrite() throws IOException {
        for (String settings : List.of("{\"format\": 1, \"hostDelayMillis\": -5}", "{\"format\": 1, \"hostDelayMillis\": \"2s\"}",
                "{\"format\": 1, \"hostDelayMillis\": 99999999999999999999}", "{\"format\": 1, \"notes\": \"a.md\"}",
                "{\"format\": 1, \"rules\": {}}", "[1, 2]", "{\"format\": \"one\"}", "{\"format\": 1, \"fullCheckEvery\": 0}",
                "{\"format\": 1, \"fullCheckEvery\": \"weekly\"}")) {
            Path archive = archive(settings);
            CommandLineRun run = refused(2, "--archive", archive.toString(), "status");
            assertTrue(run.err().contains("refkeeper.json"), run.err());
        }
    }

    @Test
    void negativeOrAbsurdValuesOnTheCommandLine() throws IOException {
        Path note = Files.writeString(dir.resolve("n.md"), "https://example.com/a\n");
        Path archive = dir.resolve("archive");
        for (String[] args : List.of(new String[] {"--timeout", "-5s"}, new String[] {"--timeout", "PT-5S"},
                new String[] {"--timeout", "30d"}, new String[] {"--timeout", "999999999999999999h"},
                new String[] {"--host-delay", "-1s"}, new String[] {"--host-delay", "2h"},
                new String[] {"--concurrency", "-3"}, new String[] {"--concurrency", "99999999999"})) {
            List<String> all = new java.util.ArrayList<>(List.of("--archive", archive.toString(), "run", note.toString()));
            all.addAll(List.of(args));
            refused(2, all.toArray(String[]::new));
        }
        for (String port : List.of("-1", "65535", "99999", "http")) {
            refused(2, "--archive", archive.toString(), "serve", "--port", port);
        }
        assertFalse(Files.exists(archive), "nothing written for bad input");
    }

    @Test
    void anArchivePathThatIsAFileOrSomeoneElsesFolder() throws IOException {
        Path file = Files.writeString(dir.resolve("file"), "x");
        Path note = Files.writeString(dir.resolve("n.md"), "https://example.com/a\n");
        CommandLineRun run = refused(2, "--archive", file.toString(), "run", note.toString());
        assertTrue(run.err().contains("a file, not a folder"), run.err());
        Path project = Files.createDirectories(dir.resolve("project"));
        Files.writeString(project.resolve("README"), "mine");
        run = refused(2, "--archive", project.toString(), "run", note.toString());
        assertTrue(run.err().contains("not a refkeeper archive"), run.err());
        try (Stream<Path> files = Files.list(project)) {
            assertEquals(List.of(project.resolve("README")), files.toList());
        }
    }

    @Test
    void aBadNoteLeavesNoArchiveBehind() throws IOException {
        Path archive = dir.resolve("archive");
        Path missing = dir.resolve("missing.md");
        CommandLineRun run = refused(2, "--archive", archive.toString(), "run", missing.toString());
        assertTrue(run.err().contains("missing.md: no such file or folder"), run.err());
        Path binary = Files.write(dir.resolve("image.md"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        run = refused(2, "--archive", archive.toString(), "run", binary.toString());
        assertTrue(run.err().contains("image.md: a binary file, not a note"), run.err());
        run = refused(2, "--archive", archive.toString(), "run");
        assertTrue(run.err().contains("run 'refkeeper run NOTES...' once"), run.err());
        assertFalse(Files.exists(archive), "nothing written for a bad note");
    }

    @Test
    void aSourceThatStartsWithADashIsNamedAfterTheEndOfOptions() throws IOException {
        Path archive = archive("{\"format\": 1}");
        CommandLineRun run = refused(2, "--archive", archive.toString(), "log", "-x");
        assertTrue(run.err().contains("put it after '--'"), run.err());
        run = refused(2, "--archive", archive.toString(), "log", "--", "-x");
        assertTrue(run.err().contains("no source '-x'"), run.err());
    }

    @Test
    void notesInGbkAreListedWithTheEncodingNamed() throws IOException {
        Path gbk = Files.write(dir.resolve("gbk.md"), "[轻量型网络](https://example.com/p)\n".getBytes("GBK"));
        CommandLineRun run = CommandLineRun.of("refs", gbk.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("轻量型网络"), run.out());
        assertTrue(run.err().contains("gbk.md: not UTF-8; read as GB18030"), run.err());
    }

    @Test
    void aBugIsReportedAsOneWithoutJavaText() {
        assertEquals(ExitCodes.BUG, ExitCodes.message(new NullPointerException("Cannot invoke \"String.length()\"")));
        assertEquals(1, ExitCodes.code(new IllegalStateException("x")));
        assertEquals("/a/b: permission denied; make it readable and writable for refkeeper, or name another",
                ExitCodes.message(new java.nio.file.AccessDeniedException("/a/b")));
    }

    /** An archive folder whose refkeeper.json holds {@code settings}, and a repository. */
    private Path archive(String settings) throws IOException {
        Path root = Files.createTempDirectory(dir, "archive");
        ArchiveStore.openForWriting(root).close();
        Files.writeString(root.resolve("refkeeper.json"), settings, StandardCharsets.UTF_8);
        return root;
    }

    private static CommandLineRun refused(int code, String... args) {
        CommandLineRun run = CommandLineRun.of(args);
        assertEquals(code, run.exit(), String.join(" ", args) + "\n" + run.err());
        String message = run.err().lines().filter(l -> !l.startsWith("Try 'refkeeper")).reduce("", String::concat);
        assertEquals(1, run.err().lines().filter(l -> !l.startsWith("Try 'refkeeper")).count(), run.err());
        for (String java : JAVA_TEXT) {
            assertFalse(message.contains(java), "Java text '" + java + "' in: " + message);
        }
        return run;
    }
}
