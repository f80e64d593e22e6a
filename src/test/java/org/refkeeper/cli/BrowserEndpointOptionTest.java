package org.refkeeper.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refkeeper.capture.BrowserServer;
import org.refkeeper.demo.LocalSite;
import org.refkeeper.report.Json;
import org.refkeeper.testing.ConnectProxy;
import org.refkeeper.testing.Fixtures;
import org.refkeeper.testing.Pages;
import org.refkeeper.testing.WechatLike;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code --browser-endpoint} as a user meets it: what travels to a browser server, and what is said when it fails. */
class BrowserEndpointOptionTest {
    @TempDir
    Path dir;

    @Test
    void theProxyTravelsToTheBrowserServer() throws Exception {
        Path note = dir.resolve("reading.md");
        Files.writeString(note, WechatLike.ARTICLE + "\n本地测试文章\n\n" + Pages.PLAIN + "\nA plain page\n");
        try (LocalSite site = Fixtures.startSite(); ConnectProxy proxy = ConnectProxy.to(site);
             BrowserServer server = BrowserServer.start()) {
            CommandLineRun run = CommandLineRun.of("--archive", dir.resolve("archive").toString(), "run", note.toString(),
                    "--browser-endpoint", server.url() + "#2", "--chromium", BrowserServer.CHROMIUM.toString(),
                    "--proxy", proxy.url(), "--ignore-https-errors", "--host-delay", "0s", "--json");
            assertEquals(0, run.exit(), run.err());
            JsonNode report = Json.MAPPER.readTree(run.out());
            assertEquals(2, report.get("counts").get("new").asInt(), run.out());
            assertTrue(proxy.requests("mp.weixin.qq.com") > 0, () -> "proxy saw " + proxy.hosts());
        }
    }

    @Test
    void anEndpointThatDoesNotAnswerIsOneLineThatSaysWhatToDo() throws Exception {
        Path note = dir.resolve("reading.md");
        Files.writeString(note, Pages.PLAIN + "\n");
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        CommandLineRun run = CommandLineRun.of("--archive", dir.resolve("archive").toString(), "run", note.toString(),
                "--browser-endpoint", "ws://127.0.0.1:" + closed + "/?token=s3cret#3");
        assertEquals(1, run.exit(), run.err());
        assertEquals("refkeeper: browser endpoint ws://127.0.0.1:" + closed + "/?... does not answer (connection refused); "
                + "start one there (npx playwright run-server --port 3000), or check the URL", lastLine(run.err()));
        assertTrue(run.err().contains("run-server"), run.err());
        assertFalse(run.err().contains("s3cret"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void aServerThatWillNotRunTheBrowserAskedForSaysSo() throws Exception {
        Path note = dir.resolve("reading.md");
        Files.writeString(note, Pages.PLAIN + "\n");
        try (BrowserServer careful = BrowserServer.start(false)) {
            // without --unsafe the server drops the executable refkeeper names and looks for Playwright's own browser
            CommandLineRun run = CommandLineRun.of("--archive", dir.resolve("archive").toString(), "run", note.toString(),
                    "--browser-endpoint", careful.url(), "--chromium", BrowserServer.CHROMIUM.toString());
            assertEquals(1, run.exit(), run.err());
            String said = lastLine(run.err());
            assertTrue(said.startsWith("refkeeper: browser endpoint " + careful.url() + " does not answer"), said);
            assertTrue(said.contains("--unsafe"), said);
        }
    }

    @Test
    void aServerThatDropsTheSwitchesAskedForIsRefused() throws Exception {
        Path note = dir.resolve("reading.md");
        Files.writeString(note, Pages.PLAIN + "\n");
        try (LocalSite site = Fixtures.startSite(); BrowserServer careful = BrowserServer.careful(dir.resolve("browsers"))) {
            // it runs a browser, but without the host-resolver rules that lead to the test site
            String rules = site.browserArgs().get(0);
            CommandLineRun run = CommandLineRun.of("--archive", dir.resolve("archive").toString(), "run", note.toString(),
                    "--browser-endpoint", careful.url(), "--browser-arg", rules, "--ignore-https-errors");
            assertEquals(1, run.exit(), run.err());
            assertEquals("refkeeper: browser endpoint " + careful.url() + " did not take --browser-arg " + rules
                    + ": a browser server chooses its own switches; start it with 'playwright run-server --unsafe' to let "
                    + "refkeeper pass them, or leave --browser-arg out", lastLine(run.err()));
        }
    }

    @Test
    void aMistypedEndpointIsBadUsage() {
        for (String bad : new String[]{"http://127.0.0.1:3000/", "ws://127.0.0.1:3000/#0", "ws://127.0.0.1:3000/#four",
                "127.0.0.1:3000", "ws:///#2", "ws://h:3000/?token=s3cret#99"}) {
            CommandLineRun run = CommandLineRun.of("--archive", dir.resolve("archive").toString(), "run",
                    dir.resolve("none.md").toString(), "--browser-endpoint", bad);
            assertEquals(2, run.exit(), bad + ": " + run.err());
            assertTrue(run.err().startsWith("refkeeper: --browser-endpoint "), run.err());
            assertTrue(run.err().contains("e.g. ws://browsers:3000/#4"), run.err());
            assertFalse(run.err().contains("s3cret"), run.err());
        }
    }

    /** What a failed run says last, after its progress. */
    private static String lastLine(String err) {
        List<String> lines = err.strip().lines().toList();
        return lines.get(lines.size() - 1);
    }
}
