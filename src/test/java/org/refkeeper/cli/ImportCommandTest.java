package org.refkeeper.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refkeeper.testing.RealWorld;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImportCommandTest {
    private static final Path WACZ = RealWorld.dir().resolve("warc/example.wacz");

    @TempDir
    Path dir;

    @Test
    void importsTheGoodFilesThenNamesTheBadOneAndExits2() throws Exception {
        Path bad = Files.writeString(dir.resolve("page.html"), "<html></html>");
        Run run = run("--archive", dir.resolve("archive").toString(), "import", WACZ.toString(), bad.toString());

        assertEquals(ExitCodes.USAGE, run.exit());
        assertTrue(run.out().contains("new         https://webrecorder.net/  captures/2022/09/"), run.out());
        assertTrue(run.err().lines().anyMatch(l -> l.startsWith("refkeeper: " + bad + ": ")), run.err());
        assertTrue(run.err().contains("[1/1] new"), "progress on stderr: " + run.err());
    }

    @Test
    void printsTheRunReportAsJsonAndExits0() throws Exception {
        Path archive = dir.resolve("archive");
        Run run = run("--archive", archive.toString(), "import", "--json", WACZ.toString());

        assertEquals(ExitCodes.OK, run.exit(), run.err());
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertEquals("new", report.at("/run/sources/0/state").asText());
        assertEquals(1, report.at("/run/counts/new").asInt());
        assertEquals(0, report.get("rejected").size());
        assertTrue(Files.isRegularFile(archive.resolve(report.at("/run/sources/0/bundle").asText())));
    }

    @Test
    void aFileWithNoPagesIsBadInput() {
        Path archive = dir.resolve("archive");
        Run run = run("--archive", archive.toString(), "import", dir.resolve("nothing.warc").toString());

        assertEquals(ExitCodes.USAGE, run.exit());
        assertEquals("refkeeper: " + dir.resolve("nothing.warc") + ": no such file; give WARC, ARC or WACZ files\n",
                run.err());
        assertTrue(Files.notExists(archive));
    }

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }
}
