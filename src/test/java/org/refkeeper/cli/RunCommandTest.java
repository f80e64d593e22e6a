package org.refkeeper.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refkeeper.demo.DemoImages;
import org.refkeeper.demo.DemoSite;
import org.refkeeper.index.CdxjIndex;
import org.refkeeper.report.Json;
import org.refkeeper.testing.Git;
import org.refkeeper.testing.Seeds;
import org.refkeeper.warc.ArchiveReader;
import org.refkeeper.warc.Snapshot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line as cron and users drive it: demo, run, status, log, exit codes. */
class RunCommandTest {
    private static final String NO_ROUTE = "--browser-arg=--host-resolver-rules=MAP * ~NOTFOUND";

    @TempDir
    Path dir;

    @Test
    void demoArchivesTheDemoNoteThenAnOfflineRunLosesNothing() throws Exception {
        Path archive = dir.resolve("archive");
        CommandLineRun demo = CommandLineRun.of("--archive", archive.toString(), "demo");
        assertEquals(0, demo.exit(), demo.err());
        assertTrue(demo.out().contains(": 3 new"), demo.out());
        assertTrue(demo.out().contains("status"), "says where to look next: " + demo.out());

        JsonNode status = Json.MAPPER.readTree(CommandLineRun.of("--archive", archive.toString(), "status", "--json").out());
        assertEquals(3, status.get("sources").size());
        JsonNode wechat = source(status, DemoSite.WECHAT);
        assertEquals("new", wechat.get("state").asText());
        assertEquals(1, wechat.get("captures").asInt());
        assertEquals("网页存档入门：为什么你引用的文章会消失", wechat.get("title").asText());
        assertEquals("archive/demo/reading-list.md", wechat.get("citations").get(0).get("note").asText());

        String bundle = Json.MAPPER.readTree(Files.readString(archive.resolve("sources/mp.weixin.qq.com/RkDemoWeChat0001/source.json")))
                .get("lastGood").get("bundle").asText();
        Snapshot snapshot = new ArchiveReader(archive, CdxjIndex.load(archive.resolve("index.cdxj"))).read(bundle);
        byte[] figure = snapshot.resource("https://mmbiz.qpic.cn/mmbiz_png/demo-figure-1/640").orElseThrow().body();
        assertArrayEquals(DemoImages.figure(640, 320, 1), figure, "the real lazily loaded image, not the placeholder");
        assertFalse(Arrays.equals(DemoImages.placeholder(), figure));

        byte[] contentBefore = Files.readAllBytes(archive.resolve("sources/mp.weixin.qq.com/RkDemoWeChat0001/content.md"));
        CommandLineRun offline = CommandLineRun.of("--archive", archive.toString(), "run", NO_ROUTE, "--host-delay", "0s", "--retries", "0");
        assertEquals(0, offline.exit(), "sources that are out of reach are news, not failure: " + offline.err());
        assertTrue(offline.out().contains(": 3 unreachable"), offline.out());
        assertArrayEquals(contentBefore, Files.readAllBytes(archive.resolve("sources/mp.weixin.qq.com/RkDemoWeChat0001/content.md")));
        assertTrue(Files.exists(archive.resolve(bundle)));

        CommandLineRun failOn = CommandLineRun.of("--archive", archive.toString(), "run", NO_ROUTE, "--host-delay", "0s",
                "--retries", "0", "--fail-on", "vanished,unreachable");
        assertEquals(3, failOn.exit(), failOn.err());

        CommandLineRun quiet = CommandLineRun.of("--archive", archive.toString(), "run", NO_ROUTE, "--host-delay", "0s",
                "--retries", "0", "--quiet");
        assertEquals(0, quiet.exit(), quiet.err());
        assertEquals("", quiet.out() + quiet.err(), "--quiet: nothing moved, nothing said (cron sends no mail)");
        CommandLineRun only = CommandLineRun.of("--archive", archive.toString(), "run", NO_ROUTE, "--only",
                "https://example.org/not-cited");
        assertEquals(2, only.exit());
        assertEquals("refkeeper: --only https://example.org/not-cited: the notes cite no such source; give a URL as cited"
                + " or a source id ('refkeeper refs' lists them)\n", only.err());

        assertEquals("4", Git.run(archive, "rev-list", "--count", "HEAD").strip(), "one commit per run");
        CommandLineRun log = CommandLineRun.of("--archive", archive.toString(), "log");
        assertEquals(4, log.out().lines().count(), log.out());
        CommandLineRun history = CommandLineRun.of("--archive", archive.toString(), "log", DemoSite.WECHAT);
        assertTrue(history.out().contains("new"), history.out());
        assertTrue(history.out().contains("unreachable"), history.out());
    }

    @Test
    void withNoRouteToTheInternetEverySeedSourceIsUnreachable() throws Exception {
        Path archive = dir.resolve("archive");
        CommandLineRun r = CommandLineRun.of("--archive", archive.toString(), "run", Seeds.note().toString(),
                NO_ROUTE, "--host-delay", "0s", "--timeout", "10s", "--retries", "0", "--json");
        assertEquals(0, r.exit(), r.err());
        JsonNode report = Json.MAPPER.readTree(r.out());
        assertEquals(35, report.get("counts").get("unreachable").asInt(), r.out());
        assertEquals(40, report.get("commit").asText().length());
        for (JsonNode s : report.get("sources")) {
            assertTrue(s.get("reason").asText().contains("DNS"), s.toString());
        }
    }

    @Test
    void badUsageExitsTwoWithOneLine() {
        CommandLineRun badState = CommandLineRun.of("--archive", dir.toString(), "run", "--fail-on", "gone", "x.md");
        assertEquals(2, badState.exit());
        assertTrue(badState.err().contains("--fail-on gone"), badState.err());

        CommandLineRun noArchive = CommandLineRun.of("--archive", dir.resolve("none").toString(), "status");
        assertEquals(2, noArchive.exit());
        assertTrue(noArchive.err().contains("no archive here"), noArchive.err());

        CommandLineRun noNotes = CommandLineRun.of("--archive", dir.resolve("fresh").toString(), "run", NO_ROUTE);
        assertEquals(2, noNotes.exit());
        assertTrue(noNotes.err().contains("records no notes"), noNotes.err());

        CommandLineRun badTimeout = CommandLineRun.of("run", "--timeout", "soon", "x.md");
        assertEquals(2, badTimeout.exit());
        for (String[] bad : List.of(new String[] {"--retries", "11"}, new String[] {"--stale-after", "0s"},
                new String[] {"--stale-after", "soon"})) {
            CommandLineRun r = CommandLineRun.of("--archive", dir.resolve("fresh").toString(), "run", bad[0], bad[1], "x.md");
            assertEquals(2, r.exit(), String.join(" ", bad));
            assertTrue(r.err().startsWith("refkeeper: ") || r.err().contains(bad[0]), r.err());
        }
    }

    private static JsonNode source(JsonNode status, String url) {
        for (JsonNode s : status.get("sources")) {
            if (s.get("url").asText().equals(url)) {
                return s;
            }
        }
        throw new AssertionError("no source " + url + " in " + status);
    }
}
