package org.refkeeper.capture;

import org.refkeeper.page.Capture;
import org.refkeeper.page.Failure;
import org.refkeeper.chromium.BrowserEndpoint;
import org.refkeeper.chromium.BrowserSettings;
import org.junit.jupiter.api.Test;
import org.refkeeper.demo.LocalSite;
import org.refkeeper.demo.SiteResponse;
import org.refkeeper.testing.Fixtures;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A browser on a {@code playwright run-server}: bounded as a local one is, and the server outlives one page. */
class RemoteBrowserTest {
    private static final String STALLED = "https://blog.example.org/stalled.pdf";
    private static final String PLAIN = "https://blog.example.org/plain.html";

    @Test
    void aFileThatStopsArrivingFailsInTimeAndOnlyThatConnectionIsDropped() throws Exception {
        try (LocalSite site = LocalSite.start()
                .route("blog.example.org", "/stalled.pdf", SiteResponse.of(200, "application/pdf", new byte[200_000]).stalled())
                .route("blog.example.org", "/plain.html", SiteResponse.html("<html><body><p>plain</p></body></html>"));
             BrowserServer server = BrowserServer.start()) {
            BrowserSettings local = Fixtures.settings(site, Duration.ofSeconds(3), true);
            BrowserSettings settings = new BrowserSettings(Optional.empty(), true, Optional.of(BrowserServer.CHROMIUM),
                    local.browserArgs(), local.timeout(), 1);
            BrowserEndpoint endpoint = BrowserEndpoint.parse(server.url(), 1);
            try (Browser other = Browser.connect(endpoint, settings, Clock.systemUTC());
                 Browser stalled = Browser.connect(endpoint, settings, Clock.systemUTC())) {
                Instant start = Instant.now();
                Capture c = stalled.capture(STALLED);
                Duration took = Duration.between(start, Instant.now());
                assertEquals(Failure.Kind.TIMEOUT, c.failure().orElseThrow().kind(), c.failure().toString());
                assertTrue(took.compareTo(Duration.ofSeconds(15)) < 0, "took " + took);
                assertThrows(IOException.class, () -> stalled.capture(PLAIN), "a worker must connect again");
                assertFalse(other.capture(PLAIN).failure().isPresent(), "the server's other browsers are untouched");
            }
            try (Browser again = Browser.connect(endpoint, settings, Clock.systemUTC())) {
                assertEquals(200, again.capture(PLAIN).status(), "the server still gives browsers");
            }
        }
    }
}
