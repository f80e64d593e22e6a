package org.refkeeper.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refkeeper.testing.RealWorld;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.refkeeper.cli.ImportCommandTest.run;

class ExportCommandTest {
    @TempDir
    Path dir;
    Path archive;

    @BeforeEach
    void importAPage() {
        archive = dir.resolve("archive");
        assertEquals(ExitCodes.OK, run("--archive", archive.toString(), "import",
                RealWorld.dir().resolve("warc/example.wacz").toString()).exit());
    }

    @Test
    void writesThePackageAndSaysWhatIsInIt() throws Exception {
        Path wacz = dir.resolve("webrecorder.wacz");
        ImportCommandTest.Run run = run("--archive", archive.toString(), "export", "--wacz", wacz.toString(),
                "https://webrecorder.net/");

        assertEquals(ExitCodes.OK, run.exit(), run.err());
        assertEquals("wrote " + wacz + ": 1 pages from 1 bundles, " + Files.size(wacz) + " bytes",
                run.out().lines().findFirst().orElseThrow());
    }

    @Test
    void anUnknownSourceOrAWrongFileNameIsBadUsage() {
        ImportCommandTest.Run unknown = run("--archive", archive.toString(), "export", "--wacz",
                dir.resolve("x.wacz").toString(), "https://example.com/never-archived");
        assertEquals(ExitCodes.USAGE, unknown.exit());
        assertTrue(unknown.err().startsWith("refkeeper: no source 'https://example.com/never-archived'"), unknown.err());

        ImportCommandTest.Run zip = run("--archive", archive.toString(), "export", "--wacz", dir.resolve("x.zip").toString());
        assertEquals(ExitCodes.USAGE, zip.exit());
        assertTrue(zip.err().contains("ending in .wacz"), zip.err());

        ImportCommandTest.Run missing = run("--archive", archive.toString(), "export");
        assertEquals(ExitCodes.USAGE, missing.exit());
        assertTrue(Files.notExists(dir.resolve("x.wacz")) && Files.notExists(dir.resolve("x.zip")));
    }
}
