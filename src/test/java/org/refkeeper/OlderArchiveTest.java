package org.refkeeper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refkeeper.chromium.BrowserSettings;
import org.refkeeper.demo.Demo;
import org.refkeeper.history.SourceStatus;
import org.refkeeper.restore.RestoreResult;
import org.refkeeper.run.RunListener;
import org.refkeeper.report.RunReport;
import org.refkeeper.testing.OlderArchive;
import org.refkeeper.verdict.State;
import org.refkeeper.verify.VerifyReport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An archive written by refkeeper 0.1.0 (the demo, before the packages were reorganised and states typed) reads,
 * verifies, restores and runs on: the archive format did not change.
 */
class OlderArchiveTest {
    @TempDir
    Path dir;

    @Test
    void anArchiveOfTheFirstReleaseReadsVerifiesRestoresAndRunsOn() throws Exception {
        Path root = OlderArchive.unpack(dir.resolve("archive"));
        try (Archive archive = Archive.open(root)) {
            List<SourceStatus> status = archive.status();
            assertEquals(3, status.size());
            assertTrue(status.stream().allMatch(s -> s.state() == State.NEW), status.toString());
            List<RunReport> runs = archive.runs();
            assertEquals(1, runs.size());
            assertEquals(3, runs.get(0).count(State.NEW));
            assertTrue(runs.get(0).commit().isPresent(), "the run is found in git");
            assertEquals(List.of(State.NEW), archive.history("https://mp.weixin.qq.com/s/RkDemoWeChat0001")
                    .transitions().stream().map(t -> t.state()).toList());

            VerifyReport verified = archive.verify();
            assertTrue(verified.ok(), verified.problems().toString());
            assertEquals(3, verified.bundles());

            RestoreResult restored = archive.restore("https://mp.weixin.qq.com/s/RkDemoWeChat0001", Optional.empty(),
                    dir.resolve("restored"), false);
            assertTrue(Files.readString(restored.page()).contains("网页存档入门"));

            RunReport again = Demo.run(archive, BrowserSettings.defaults(), RunListener.NONE);
            assertEquals(3, again.count(State.UNCHANGED), again.sources().toString());
            assertTrue(archive.verify().ok(), archive.verify().problems().toString());
        }
        // upgraded in place: the format written, the settings kept, refkeeper's own .gitignore untouched
        String settings = Files.readString(root.resolve("refkeeper.json"));
        assertTrue(settings.contains("\"format\" : 1") && settings.contains("reading-list.md"), settings);
        assertEquals(".refkeeper.lock\n*.tmp\n", Files.readString(root.resolve(".gitignore")));
    }
}
