package org.refkeeper.capture;

import org.refkeeper.chromium.DriverCache;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A Playwright of one thread's own and the driver process it runs, when that can be told: the stall guard ends
 * that process to break off a wait the protocol cannot bound. Every Playwright of this JVM starts here, one at a
 * time, so that its driver is the one child process the JVM gains meanwhile.
 */
record PlaywrightDriver(Playwright playwright, Optional<ProcessHandle> process) {
    private static final Object STARTING = new Object();

    /** @param purpose what it is for, said when it cannot start ({@code " to reach ws://..."}); may be empty */
    static PlaywrightDriver start(String purpose) throws IOException {
        DriverCache.use();
        synchronized (STARTING) {
            Set<Long> before = ProcessHandle.current().children().map(ProcessHandle::pid).collect(Collectors.toSet());
            Playwright playwright;
            try {
                // Playwright would otherwise try to download its own browsers, which cannot work offline
                playwright = Playwright.create(new Playwright.CreateOptions()
                        .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            } catch (PlaywrightException e) {
                throw new IOException("cannot start Playwright" + purpose + ": " + FailureMapper.message(e), e);
            }
            List<ProcessHandle> started = ProcessHandle.current().children().filter(p -> !before.contains(p.pid()))
                    .filter(p -> p.info().commandLine().map(c -> c.contains("run-driver")).orElse(true)).toList();
            return new PlaywrightDriver(playwright, started.size() == 1 ? Optional.of(started.get(0)) : Optional.empty());
        }
    }
}
