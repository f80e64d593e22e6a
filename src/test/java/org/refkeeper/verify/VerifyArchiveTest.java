package org.refkeeper.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refkeeper.Archive;
import org.refkeeper.cli.Main;
import org.refkeeper.run.RunListener;
import org.refkeeper.report.SourceRecord;
import org.refkeeper.testing.RealWorld;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VerifyArchiveTest {
    @TempDir
    static Path pristine;
    static String bundle;
    static String sourceJson;

    @TempDir
    Path root;

    /** A real archive without a browser: the pages of a WACZ written by ArchiveWeb.page, imported. */
    @BeforeAll
    static void importArchive() throws IOException {
        try (Archive archive = Archive.open(pristine)) {
            archive.importFiles(List.of(RealWorld.dir().resolve("warc/example.wacz")), RunListener.NONE);
            SourceRecord source = archive.source("https://webrecorder.net/");
            bundle = source.captures().get(0);
            sourceJson = "sources/" + source.id() + "/source.json";
        }
    }

    @BeforeEach
    void copyArchive() throws IOException {
        try (Stream<Path> files = Files.walk(pristine)) {
            for (Path from : files.toList()) {
                Path to = root.resolve(pristine.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to);
                }
            }
        }
    }

    @Test
    void aSoundArchivePassesAndSaysWhatWasChecked() throws Exception {
        VerifyReport report = verify();
        assertEquals(List.of(), report.problems());
        assertEquals(1, report.bundles());
        assertEquals(1, report.sources());
        int lines = Files.readAllLines(root.resolve("index.cdxj")).size();
        assertEquals(lines, report.indexLines());

        Cli ok = cli("verify");
        assertEquals(0, ok.exit());
        assertEquals("OK: 1 bundles, " + lines + " index lines, 1 sources checked\n", ok.out());
        JsonNode json = new ObjectMapper().readTree(cli("verify", "--json").out());
        assertTrue(json.get("ok").asBoolean());
        assertEquals(0, json.get("problems").size());
    }

    @Test
    void aFlippedByteInABundleIsReportedAtItsFile() throws Exception {
        Path file = root.resolve(bundle);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x01;
        Files.write(file, bytes);

        assertReported(bundle + "@");
    }

    @Test
    void aDeletedBundleIsReportedForTheIndexAndForItsSource() throws Exception {
        Files.delete(root.resolve(bundle));

        List<VerifyProblem> problems = verify().problems();
        assertTrue(problems.stream().anyMatch(p -> p.where().startsWith(bundle + "@") && p.message().contains("missing")),
                problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.where().equals(sourceJson) && p.message().contains(bundle)),
                problems.toString());
        assertEquals(1, cli("verify").exit());
    }

    @Test
    void aBrokenIndexLineIsReportedByItsNumber() throws Exception {
        Path index = root.resolve("index.cdxj");
        List<String> lines = new ArrayList<>(Files.readAllLines(index, StandardCharsets.UTF_8));
        lines.set(2, "com,example)/ 2022 {broken");
        Files.write(index, lines, StandardCharsets.UTF_8);

        assertReported("index.cdxj:3");
    }

    @Test
    void anIndexLinePointingAtTheWrongOffsetIsReported() throws Exception {
        Path index = root.resolve("index.cdxj");
        List<String> lines = new ArrayList<>(Files.readAllLines(index, StandardCharsets.UTF_8));
        String line = lines.get(0);
        lines.set(0, line.replaceFirst("\"offset\":\"(\\d+)\"", "\"offset\":\"1$1\""));
        Files.write(index, lines, StandardCharsets.UTF_8);

        assertReported(bundle + "@1");
    }

    /** Archive.verify names the place, and the command prints it and exits 1. */
    private void assertReported(String where) throws Exception {
        List<VerifyProblem> problems = verify().problems();
        assertTrue(problems.stream().anyMatch(p -> p.where().startsWith(where)), where + " not in " + problems);
        Cli failed = cli("verify");
        assertEquals(1, failed.exit());
        assertTrue(failed.out().lines().anyMatch(l -> l.startsWith(where)), failed.out());
        assertTrue(failed.out().lines().reduce((a, b) -> b).orElseThrow().matches("\\d+ problems; .*"), failed.out());
    }

    private VerifyReport verify() throws IOException {
        try (Archive archive = Archive.open(root)) {
            return archive.verify();
        }
    }

    private record Cli(int exit, String out) {
    }

    private Cli cli(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(new StringWriter()));
        List<String> all = new ArrayList<>(List.of("--archive", root.toString()));
        all.addAll(List.of(args));
        int exit = cl.execute(all.toArray(String[]::new));
        return new Cli(exit, out.toString());
    }
}
