package org.refkeeper;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRevisit;
import org.refkeeper.demo.LocalSite;
import org.refkeeper.history.SourceDiff;
import org.refkeeper.index.CdxjIndex;
import org.refkeeper.run.Retries;
import org.refkeeper.run.RunListener;
import org.refkeeper.report.RunEntry;
import org.refkeeper.report.RunReport;
import org.refkeeper.report.SourceRecord;
import org.refkeeper.testing.Fixtures;
import org.refkeeper.testing.Git;
import org.refkeeper.testing.JwarcValidation;
import org.refkeeper.testing.ScenarioWorld.Phase;
import org.refkeeper.testing.ScenarioWorld.Source;
import org.refkeeper.testing.ScenarioWorld;
import org.refkeeper.verdict.State;
import org.refkeeper.verify.Verifier;
import org.refkeeper.warc.ArchiveReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 3's scenario: runs A, A2 (noise only), B (edits, deletions, walls, outages, a move) give all new, all
 * unchanged, then exactly the designed state for each source, keeping every last good capture. Run twice, with
 * the note in another order and other noise.
 */
class RunScenarioTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2})
    void runsTellChangedVanishedBlockedAndUnreachableApart(long seed) throws Exception {
        try (LocalSite site = LocalSite.start()) {
            ScenarioWorld world = ScenarioWorld.on(site, seed);
            Path note = ScenarioWorld.writeNote(dir, seed);
            Path root = dir.resolve("archive");
            RunOptions options = new RunOptions(List.of(note), Fixtures.settings(site, Duration.ofSeconds(15), true)
                    .withConcurrency(2), Optional.of(0L)).withRetries(new Retries(2, Duration.ofSeconds(1), Duration.ofSeconds(5)));
            try (Archive archive = Archive.open(root)) {
                RunReport a = archive.run(options, RunListener.NONE);
                assertEquals(ScenarioWorld.SOURCES.size(), a.count(State.NEW), () -> states(a));

                Map<String, byte[]> keptAfterA = snapshotFiles(root);
                world.phase(Phase.A2);
                RunReport a2 = archive.run(options, RunListener.NONE);
                assertEquals(ScenarioWorld.SOURCES.size(), a2.count(State.UNCHANGED), () -> states(a2));
                assertEquals(List.of("REPORT.md", "runs/" + a2.run() + ".json"),
                        Git.filesInLastCommit(root).stream().sorted().toList(), "a no-change run commits only runs/ and REPORT.md");
                assertFilesUnchanged(keptAfterA, root);

                world.phase(Phase.B);
                RunReport b = archive.run(options, RunListener.NONE);
                Map<String, State> got = b.sources().stream().collect(Collectors.toMap(RunEntry::url, RunEntry::state));
                for (Source s : ScenarioWorld.SOURCES) {
                    assertEquals(s.expectedInB(), got.get(s.url()), s.url() + " in run B: " + states(b));
                }
                assertKeptLastGoodCaptures(archive, root, keptAfterA);
                assertMoveRecorded(b);
                assertEditDiff(archive);
                assertUnchangedImagesRevisited(archive, root);
                assertCommitNamesWhatMoved(root);
                assertEveryBundleValid(root);
                assertEquals("3", Git.run(root, "rev-list", "--count", "HEAD").strip(), "one commit per run");
            }
        }
    }

    /** Vanished, blocked and unreachable sources keep their content.md and last good bundle, byte for byte. */
    private void assertKeptLastGoodCaptures(Archive archive, Path root, Map<String, byte[]> keptAfterA) throws IOException {
        for (Source s : ScenarioWorld.SOURCES) {
            if (List.of(State.VANISHED, State.BLOCKED, State.UNREACHABLE).contains(s.expectedInB())) {
                SourceRecord r = archive.source(s.url());
                String content = "sources/" + r.id() + "/content.md";
                assertArrayEquals(keptAfterA.get(content), Files.readAllBytes(root.resolve(content)), content);
                String bundle = r.lastGood().orElseThrow().bundle();
                assertArrayEquals(keptAfterA.get(bundle), Files.readAllBytes(root.resolve(bundle)), bundle);
                var snapshot = new ArchiveReader(root, CdxjIndex.load(root.resolve("index.cdxj"))).read(bundle);
                assertTrue(snapshot.mainText().orElse("").contains(firstLine(s)), s.url() + " restorable main text");
                assertEquals(s.expectedInB(), r.state());
            }
        }
    }

    private static String firstLine(Source s) {
        if (s.url().contains("weixin")) {
            return "这是一篇用来测试存档状态的公众号文章";
        }
        return s.url().contains("zhihu") ? "知乎专栏的正文由脚本" : "The first paragraph of a blog post";
    }

    private void assertMoveRecorded(RunReport b) {
        RunEntry moved = b.sources().stream().filter(e -> e.url().equals(ScenarioWorld.BLOG_MOVED.url())).findFirst().orElseThrow();
        assertEquals(Optional.of(ScenarioWorld.BLOG_MOVED_TO), moved.movedTo());
    }

    /** The diff of the edited article shows the edited paragraph and nothing else. */
    private void assertEditDiff(Archive archive) throws IOException {
        SourceDiff diff = archive.diff(ScenarioWorld.WX_EDITED.url(), Optional.empty(), Optional.empty());
        List<String> changed = diff.unified().lines()
                .filter(l -> (l.startsWith("-") || l.startsWith("+")) && !l.startsWith("---") && !l.startsWith("+++"))
                .toList();
        assertEquals(List.of("-" + ScenarioWorld.EDITED_BEFORE, "+" + ScenarioWorld.EDITED_AFTER), changed, diff.unified());
    }

    /** The changed article's new bundle stores its unchanged images as revisits of the first capture. */
    private void assertUnchangedImagesRevisited(Archive archive, Path root) throws IOException {
        SourceRecord edited = archive.source(ScenarioWorld.WX_EDITED.url());
        assertEquals(2, edited.captures().size());
        int revisits = 0;
        int imageResponses = 0;
        try (WarcReader reader = new WarcReader(root.resolve(edited.captures().get(1)))) {
            for (WarcRecord r : reader) {
                if (r instanceof WarcRevisit v && v.target().contains("mmbiz.qpic.cn")) {
                    revisits++;
                } else if (r.type().equals("response") && r.headers().first("WARC-Target-URI").orElse("").contains("mmbiz.qpic.cn")) {
                    imageResponses++;
                }
            }
        }
        assertEquals(2, revisits, "both images of the edited article are revisits");
        assertEquals(0, imageResponses);
    }

    private void assertCommitNamesWhatMoved(Path root) throws Exception {
        String message = Git.run(root, "log", "-1", "--format=%B");
        assertTrue(message.contains("vanished: " + ScenarioWorld.WX_DELETED.title() + " — 该内容已被发布者删除"), message);
        assertTrue(message.contains("vanished: " + ScenarioWorld.WX_VIOLATION.title() + " — 此内容因违规无法查看"), message);
        assertTrue(message.contains("changed: " + ScenarioWorld.WX_EDITED.title()), message);
        assertFalse(message.contains(ScenarioWorld.WX_SAME.title()), "an unchanged source is no news: " + message);
    }

    /** Every bundle the runs wrote passes jwarc's validator and refkeeper's own digest check. */
    private static void assertEveryBundleValid(Path root) throws Exception {
        List<Path> bundles;
        try (var files = Files.walk(root.resolve("captures"))) {
            bundles = files.filter(f -> f.toString().endsWith(".warc.gz")).toList();
        }
        assertTrue(bundles.size() >= ScenarioWorld.SOURCES.size() + 2);
        for (Path bundle : bundles) {
            assertTrue(JwarcValidation.validates(bundle), bundle + ": " + JwarcValidation.headerViolations(bundle));
            assertEquals(List.of(), Verifier.verifyBundle(bundle), bundle.toString());
        }
    }

    private static Map<String, byte[]> snapshotFiles(Path root) throws IOException {
        Map<String, byte[]> out = new HashMap<>();
        try (var files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).filter(f -> !root.relativize(f).startsWith(".git")).toList()) {
                out.put(root.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
            }
        }
        return out;
    }

    private static void assertFilesUnchanged(Map<String, byte[]> before, Path root) throws IOException {
        for (var e : before.entrySet()) {
            if (e.getKey().startsWith("sources/") || e.getKey().startsWith("captures/") || e.getKey().equals("index.cdxj")) {
                assertArrayEquals(e.getValue(), Files.readAllBytes(root.resolve(e.getKey())), e.getKey() + " changed");
            }
        }
    }

    private static String states(RunReport r) {
        return r.sources().stream().map(e -> e.state() + " " + e.url() + " (" + e.reason() + ")")
                .collect(Collectors.joining("\n", "\n", ""));
    }
}
