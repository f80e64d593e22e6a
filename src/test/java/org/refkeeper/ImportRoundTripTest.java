package org.refkeeper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refkeeper.history.SourceStatus;
import org.refkeeper.imports.ImportReport;
import org.refkeeper.run.RunListener;
import org.refkeeper.report.SourceRecord;
import org.refkeeper.testing.BundleRecords;
import org.refkeeper.testing.ExportFixtures;
import org.refkeeper.testing.Pages;
import org.refkeeper.testing.WechatLike;
import org.refkeeper.verdict.State;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An archive of two sites, exported as a WACZ and imported into a new archive, comes back as it was: the same
 * sources and states, the same records in every bundle, no bigger; importing the package again adds nothing.
 */
class ImportRoundTripTest {
    @TempDir
    Path dir;

    @Test
    void exportThenImportGivesTheSameArchiveAndASecondImportAddsNothing() throws Exception {
        Path original = ExportFixtures.archiveOf(dir.resolve("a"),
                List.of(WechatLike.ARTICLE, Pages.MOVED, Pages.OLD, Pages.GZIPPED));
        Path wacz = dir.resolve("all.wacz");
        try (Archive archive = Archive.open(original)) {
            archive.exportWacz(wacz, List.of());
        }
        Path copy = dir.resolve("b");
        try (Archive a = Archive.open(original); Archive b = Archive.open(copy)) {
            ImportReport report = b.importFiles(List.of(wacz), RunListener.NONE);
            assertEquals(List.of(), report.rejected());
            assertEquals(List.of(), report.problems());
            assertEquals(List.of(), report.skipped());

            assertEquals(states(a), states(b), "the same sources in the same states");
            for (SourceStatus s : a.status()) {
                SourceRecord before = a.source(s.id());
                SourceRecord after = b.source(s.id());
                assertEquals(before.captures().size(), after.captures().size(), s.url());
                for (int i = 0; i < before.captures().size(); i++) {
                    assertEquals(types(original.resolve(before.captures().get(i))),
                            types(copy.resolve(after.captures().get(i))), s.url() + ": the records of its bundle");
                }
                assertEquals(before.lastGood().orElseThrow().fingerprint(), after.lastGood().orElseThrow().fingerprint());
            }
            assertTrue(size(copy) <= size(original) * 11 / 10, size(copy) + " bytes against " + size(original));
            assertTrue(b.verify().ok(), b.verify().problems().toString());
            BundleRecords.assertAllValid(copy);

            Map<String, byte[]> files = files(copy);
            ImportReport again = b.importFiles(List.of(wacz), RunListener.NONE);
            assertTrue(again.run().sources().stream().allMatch(e -> e.state() == State.UNCHANGED),
                    again.run().sources().toString());
            assertEquals(List.of(), again.earlier());
            Map<String, byte[]> after = files(copy);
            assertEquals(files.keySet(), after.keySet(), "no file added or removed");
            files.forEach((name, bytes) -> assertArrayEquals(bytes, after.get(name), name));
        }
    }

    private static Map<String, State> states(Archive archive) throws Exception {
        Map<String, State> states = new TreeMap<>();
        for (SourceStatus s : archive.status()) {
            states.put(s.id(), s.state());
        }
        return states;
    }

    /** How many records of each type, in order of first appearance. */
    private static Map<String, Integer> types(Path bundle) throws Exception {
        Map<String, Integer> types = new LinkedHashMap<>();
        BundleRecords.of(bundle).forEach(r -> types.merge(r.type(), 1, Integer::sum));
        return types;
    }

    private static long size(Path archive) throws Exception {
        long total = 0;
        for (Path bundle : BundleRecords.bundles(archive)) {
            total += Files.size(bundle);
        }
        return total;
    }

    /** Every file of the archive but the run reports and REPORT.md, which a run always writes. */
    private static Map<String, byte[]> files(Path archive) throws Exception {
        Map<String, byte[]> files = new TreeMap<>();
        try (var walk = Files.walk(archive)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                String name = archive.relativize(f).toString();
                if (!name.startsWith(".git") && !name.startsWith("runs") && !name.equals("REPORT.md")) {
                    files.put(name, Files.readAllBytes(f));
                }
            }
        }
        return files;
    }
}
