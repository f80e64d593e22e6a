package org.refkeeper.chromium;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * How to start and drive Chromium: the settings every capturing command takes.
 *
 * @param proxy             proxy server URL for every request, e.g. {@code http://127.0.0.1:3128}
 * @param ignoreHttpsErrors accept self-signed and otherwise invalid certificates
 * @param chromium          the Chromium executable; empty means find Debian's
 * @param browserArgs       extra Chromium command-line switches, e.g. {@code --host-resolver-rules=...}
 * @param timeout           the bound for loading one page (navigation, then waiting for a quiet network)
 * @param concurrency       how many pages to capture at once
 * @param limits            how much of each page's bodies a capture holds
 * @param endpoints         browser servers to connect to instead of launching Chromium; empty: launch here
 */
public record BrowserSettings(Optional<String> proxy, boolean ignoreHttpsErrors, Optional<Path> chromium,
                              List<String> browserArgs, Duration timeout, int concurrency, BodyLimits limits,
                              List<BrowserEndpoint> endpoints) {
    public BrowserSettings {
        browserArgs = List.copyOf(browserArgs);
        endpoints = List.copyOf(endpoints);
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1, not " + concurrency);
        }
    }

    /** Settings that launch Chromium here. */
    public BrowserSettings(Optional<String> proxy, boolean ignoreHttpsErrors, Optional<Path> chromium,
                           List<String> browserArgs, Duration timeout, int concurrency, BodyLimits limits) {
        this(proxy, ignoreHttpsErrors, chromium, browserArgs, timeout, concurrency, limits, List.of());
    }

    /** Settings whose body limits fit this JVM's heap for {@code concurrency} pages at once. */
    public BrowserSettings(Optional<String> proxy, boolean ignoreHttpsErrors, Optional<Path> chromium,
                           List<String> browserArgs, Duration timeout, int concurrency) {
        this(proxy, ignoreHttpsErrors, chromium, browserArgs, timeout, concurrency, BodyLimits.forThisHeap(concurrency));
    }

    /** These settings for {@code n} pages at once, the body limits fitted to the heap again. */
    public BrowserSettings withConcurrency(int n) {
        return new BrowserSettings(proxy, ignoreHttpsErrors, chromium, browserArgs, timeout, n, BodyLimits.forThisHeap(n),
                endpoints);
    }

    public BrowserSettings withLimits(BodyLimits newLimits) {
        return new BrowserSettings(proxy, ignoreHttpsErrors, chromium, browserArgs, timeout, concurrency, newLimits,
                endpoints);
    }

    /**
     * These settings over browser servers instead of a Chromium here: as many pages at once as the servers take
     * together, the body limits fitted to the heap for that many.
     */
    public BrowserSettings withEndpoints(List<BrowserEndpoint> servers) {
        int pages = servers.isEmpty() ? concurrency : servers.stream().mapToInt(BrowserEndpoint::pages).sum();
        return new BrowserSettings(proxy, ignoreHttpsErrors, chromium, browserArgs, timeout, pages,
                BodyLimits.forThisHeap(pages), servers);
    }

    public static BrowserSettings defaults() {
        return new BrowserSettings(Optional.empty(), false, Optional.empty(), List.of(), Duration.ofSeconds(30), 1);
    }
}
