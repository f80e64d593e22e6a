package org.refkeeper.capture;

import org.refkeeper.page.Capture;
import org.refkeeper.chromium.BrowserSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refkeeper.demo.LocalSite;
import org.refkeeper.demo.SiteResponse;
import org.refkeeper.testing.ConnectProxy;
import org.refkeeper.testing.Fixtures;
import org.refkeeper.testing.NetLog;
import org.refkeeper.testing.Pages;
import org.refkeeper.testing.Pdfs;
import org.refkeeper.testing.WechatLike;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code --proxy}: with no host mapping at all, the proxy alone knows where the sites are, so a capture can only
 * be good if Chromium sent every request to it; its network log shows that it resolved no host name itself.
 */
class ProxyCaptureTest {
    private static final String PDF = "https://arxiv.org/pdf/1707.06168";
    private static final byte[] PAPER = Pdfs.showing("Channel Pruning for Accelerating Very Deep Neural Networks");

    @TempDir
    Path dir;

    @Test
    void everyRequestGoesThroughTheProxyAndNoHostNameIsResolvedLocally() throws IOException {
        Path netLog = dir.resolve("net-log.json");
        try (LocalSite site = Fixtures.startSite().route("arxiv.org", "/pdf/1707.06168",
                SiteResponse.of(200, "application/pdf", PAPER)); ConnectProxy proxy = ConnectProxy.to(site)) {
            BrowserSettings settings = new BrowserSettings(Optional.of(proxy.url()), true, Optional.empty(),
                    List.of("--log-net-log=" + netLog), Duration.ofSeconds(15), 1);
            Capture article;
            Capture plain;
            Capture pdf;
            try (Browser browser = Browser.launch(settings)) {
                article = browser.capture(WechatLike.ARTICLE);
                plain = browser.capture(Pages.PLAIN);
                pdf = browser.capture(PDF);
            }

            assertTrue(article.failure().isEmpty(), () -> "failed: " + article.failure());
            assertEquals(200, article.status());
            assertTrue(article.dom().contains(WechatLike.INTRO));
            for (int i = 0; i < WechatLike.IMAGES.size(); i++) {
                assertArrayEquals(WechatLike.image(i), article.exchange(WechatLike.IMAGES.get(i)).orElseThrow().body());
            }
            assertTrue(plain.dom().contains("plain http"), plain.dom());
            assertArrayEquals(PAPER, pdf.exchange(PDF).orElseThrow().body());

            assertTrue(proxy.requests("mp.weixin.qq.com") > 0, () -> "proxy saw " + proxy.hosts());
            assertTrue(proxy.requests("mmbiz.qpic.cn") > 0, () -> "proxy saw " + proxy.hosts());
            assertTrue(proxy.requests("blog.example.org") > 0, () -> "proxy saw " + proxy.hosts());
            assertTrue(proxy.requests("arxiv.org") > 0, () -> "proxy saw " + proxy.hosts());
            assertEquals(List.of(), proxy.refused());
            assertEquals(Set.of(), NetLog.resolvedHosts(netLog), "host names Chromium looked up itself");
        }
    }

    @Test
    void aProxyThatNeedsALoginIsRefusedWithoutShowingThePassword() {
        BrowserSettings settings = new BrowserSettings(Optional.of("http://me:s3cret@proxy.example.org:3128"), false,
                Optional.empty(), List.of(), Duration.ofSeconds(5), 1);
        IOException e = assertThrows(IOException.class, () -> Browser.launch(settings));
        assertTrue(e.getMessage().contains("user name and password"), e.getMessage());
        assertFalse(e.getMessage().contains("s3cret"), e.getMessage());
    }
}
