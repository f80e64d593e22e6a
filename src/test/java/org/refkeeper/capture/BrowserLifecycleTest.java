package org.refkeeper.capture;

import org.refkeeper.chromium.BrowserSettings;
import org.refkeeper.chromium.ChromiumLocator;
import org.junit.jupiter.api.Test;
import org.refkeeper.demo.LocalSite;
import org.refkeeper.testing.Fixtures;
import org.refkeeper.testing.Pages;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Starting and stopping the browser: clear errors, and nothing left running. */
class BrowserLifecycleTest {
    @Test
    void closingLeavesNoBrowserProcessAndLaterCapturesThrow() throws Exception {
        Set<Long> before = descendants();
        try (LocalSite site = Fixtures.startSite()) {
            Browser browser = Browser.launch(Fixtures.settings(site, Duration.ofSeconds(5), true));
            assertEquals(200, browser.capture(Pages.PLAIN).status());
            assertTrue(descendants().size() > before.size(), "Chromium should run as our descendant");
            browser.close();
            IOException gone = assertThrows(IOException.class, () -> browser.capture(Pages.PLAIN));
            assertTrue(gone.getMessage().contains(Pages.PLAIN), gone.getMessage());
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        Set<Long> left = descendants();
        while (!before.containsAll(left) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            left = descendants();
        }
        left.removeAll(before);
        assertTrue(left.isEmpty(), "still running: " + left);
    }

    @Test
    void missingChromiumSaysHowToFixIt() {
        Path missing = Path.of("/nonexistent/chromium");
        BrowserSettings settings = new BrowserSettings(Optional.empty(), false, Optional.of(missing), List.of(),
                Duration.ofSeconds(5), 1);
        IOException e = assertThrows(IOException.class, () -> Browser.launch(settings));
        assertEquals("Chromium not found at /nonexistent/chromium; run scripts/setup or pass --chromium PATH",
                e.getMessage());
        IOException none = assertThrows(IOException.class,
                () -> ChromiumLocator.find(Optional.empty(), List.of(missing)));
        assertEquals("Chromium not found; run scripts/setup or pass --chromium PATH", none.getMessage());
    }

    private static Set<Long> descendants() {
        return ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)
                .map(ProcessHandle::pid).collect(Collectors.toSet());
    }
}
