package org.refkeeper.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refkeeper.demo.LocalSite;
import org.refkeeper.report.Json;
import org.refkeeper.testing.ConnectProxy;
import org.refkeeper.testing.Fixtures;
import org.refkeeper.testing.Pages;
import org.refkeeper.testing.WechatLike;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code run --proxy}: the only way to the sites is the proxy, as on a machine that reaches the web through one. */
class ProxyOptionTest {
    @TempDir
    Path dir;

    @Test
    void runThroughTheProxyArchivesEverySource() throws Exception {
        Path note = dir.resolve("reading.md");
        Files.writeString(note, WechatLike.ARTICLE + "\n本地测试文章\n\n" + Pages.PLAIN + "\nA plain page\n");
        try (LocalSite site = Fixtures.startSite(); ConnectProxy proxy = ConnectProxy.to(site)) {
            CommandLineRun run = CommandLineRun.of("--archive", dir.resolve("archive").toString(), "run", note.toString(),
                    "--proxy", proxy.url(), "--ignore-https-errors", "--host-delay", "0s", "--json");
            assertEquals(0, run.exit(), run.err());
            JsonNode report = Json.MAPPER.readTree(run.out());
            assertEquals(2, report.get("counts").get("new").asInt(), run.out());
            assertTrue(proxy.requests("mp.weixin.qq.com") > 0, () -> "proxy saw " + proxy.hosts());
            assertTrue(proxy.requests("blog.example.org") > 0, () -> "proxy saw " + proxy.hosts());
        }
    }

    @Test
    void proxyWithALoginIsBadUsageAndTheArchiveIsLeftAlone() throws Exception {
        Path note = dir.resolve("reading.md");
        Files.writeString(note, Pages.PLAIN + "\n");
        Path archive = dir.resolve("archive");
        CommandLineRun run = CommandLineRun.of("--archive", archive.toString(), "run", note.toString(),
                "--proxy", "http://me:s3cret@127.0.0.1:3128");
        assertEquals(2, run.exit(), run.err());
        assertTrue(run.err().contains("user name and password"), run.err());
        assertFalse(run.err().contains("s3cret"), run.err());
        assertFalse(Files.exists(archive), "nothing is created for a run that cannot start");
    }
}
