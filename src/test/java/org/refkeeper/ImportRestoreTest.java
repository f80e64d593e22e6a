package org.refkeeper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refkeeper.restore.RestoreResult;
import org.refkeeper.run.RunListener;
import org.refkeeper.testing.RealWorld;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Captures written by other tools come back as offline pages like refkeeper's own, and the archive verifies. */
class ImportRestoreTest {
    @TempDir
    Path dir;

    @Test
    void theThreeRealArchivesImportRestoreAndVerify() throws Exception {
        Path warcs = RealWorld.dir().resolve("warc");
        try (Archive archive = Archive.open(dir.resolve("archive"))) {
            archive.importFiles(List.of(warcs.resolve("iana.warc.gz"), warcs.resolve("netpreserve-twitter.warc"),
                    warcs.resolve("example.wacz")), RunListener.NONE);
            assertRestores(archive, "http://www.iana.org/", "Internet Assigned Numbers Authority");
            assertRestores(archive, "https://netpreserveblog.wordpress.com/2019/05/29/warc-10th-anniversary/",
                    "WARC");
            assertRestores(archive, "https://webrecorder.net/", "Webrecorder");
            var report = archive.verify();
            assertTrue(report.ok(), report.problems().toString());
        }
    }

    private void assertRestores(Archive archive, String url, String text) throws Exception {
        Path to = dir.resolve("restored-" + Math.abs(url.hashCode()));
        RestoreResult r = archive.restore(url, Optional.empty(), to, false);
        String html = Files.readString(r.page());
        assertTrue(html.contains(text), url + " restored page lacks '" + text + "'");
        assertFalse(html.contains("<script"), url + ": scripts removed");
        try (var files = Files.list(to.resolve("files"))) {
            assertTrue(files.findAny().isPresent(), url + ": its resources are written beside it");
        }
    }
}
