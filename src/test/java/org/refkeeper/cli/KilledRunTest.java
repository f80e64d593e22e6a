package org.refkeeper.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refkeeper.report.Json;
import org.refkeeper.testing.ChildJava;
import org.refkeeper.testing.Git;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A run killed in the middle (kill -9) leaves the archive valid, and the next run finishes the work. */
class KilledRunTest {
    @TempDir
    Path dir;

    @Test
    void theNextRunFinishesWhatAKilledRunStarted() throws Exception {
        Path archive = dir.resolve("archive");
        Process child = ChildJava.of(List.of(), Main.class, "--archive", archive.toString(), "demo", "--concurrency", "1")
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (bundles(archive).isEmpty() && child.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertTrue(child.isAlive(), "the run ended before it could be killed: " + Files.readString(dir.resolve("child.log")));
        } finally {
            child.descendants().forEach(ProcessHandle::destroyForcibly);
            child.destroyForcibly().waitFor();
        }
        List<Path> beforeRerun = bundles(archive);
        assertTrue(beforeRerun.size() >= 1 && beforeRerun.size() < 3, "killed mid-run: " + beforeRerun);

        CommandLineRun rerun = CommandLineRun.of("--archive", archive.toString(), "demo");
        assertEquals(0, rerun.exit(), rerun.err());
        // a bundle the killed run finished but whose source it did not record is cleared; the rerun captures again
        assertEquals(3, bundles(archive).size(), "one bundle for each source after the rerun");
        // each source is new once: by the rerun, or by the killed run as the rerun reports it
        JsonNode last = Json.MAPPER.readTree(CommandLineRun.of("--archive", archive.toString(), "log", "--json").out()).get("runs");
        JsonNode report = last.get(last.size() - 1);
        List<String> toldNew = new ArrayList<>();
        for (String part : List.of("sources", "recovered")) {
            for (JsonNode e : report.path(part)) {
                if (e.get("state").asText().equals("new")) {
                    toldNew.add(e.get("url").asText());
                }
            }
        }
        assertEquals(3, toldNew.size(), report.toString());
        assertEquals(3, new HashSet<>(toldNew).size(), report.toString());
        for (var source : Json.MAPPER.readTree(CommandLineRun.of("--archive", archive.toString(), "status", "--json").out()).get("sources")) {
            // new if the killed run had not recorded it, unchanged if it had
            assertTrue(List.of("new", "unchanged").contains(source.get("state").asText()), source.toString());
            assertEquals(1, source.get("captures").asInt(), source.toString());
        }
        assertEquals("", Git.run(archive, "status", "--porcelain"), "everything written is committed");
        assertEquals(0, Git.run(archive, "ls-files").lines().filter(f -> f.endsWith(".tmp")).count());
        CommandLineRun status = CommandLineRun.of("--archive", archive.toString(), "status");
        assertTrue(status.out().contains("3 sources"), status.out());
    }

    private static List<Path> bundles(Path archive) throws Exception {
        Path captures = archive.resolve("captures");
        if (!Files.isDirectory(captures)) {
            return List.of();
        }
        try (var files = Files.walk(captures)) {
            return files.filter(f -> f.toString().endsWith(".warc.gz")).toList();
        }
    }
}
