package org.refkeeper.cli;

import org.refkeeper.chromium.BrowserEndpoint;
import org.refkeeper.chromium.BrowserSettings;
import org.refkeeper.chromium.Concurrency;
import org.refkeeper.chromium.ProxyUrl;
import org.refkeeper.io.BadInputException;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The browser settings every capturing command takes (DESIGN.md). */
final class BrowserOptions {
    @Option(names = "--proxy", paramLabel = "URL", description = "Send every request through this proxy, e.g. http://127.0.0.1:3128.")
    String proxy;

    @Option(names = "--ignore-https-errors", description = "Accept invalid or self-signed certificates.")
    boolean ignoreHttpsErrors;

    @Option(names = "--chromium", paramLabel = "PATH", description = "The Chromium executable (default: Debian's).")
    Path chromium;

    @Option(names = "--browser-arg", paramLabel = "ARG", description = "An extra Chromium switch, e.g. --host-resolver-rules=...; repeatable.")
    List<String> browserArgs = new ArrayList<>();

    @Option(names = "--concurrency", paramLabel = "N",
            description = "Pages captured at once, each in a context of its own in one Chromium (default: one more "
                    + "than the cores, at most 4, and fewer when the heap is small: ${DEFAULT-VALUE} here).")
    int concurrency = Concurrency.byDefault();

    @Option(names = "--browser-endpoint", paramLabel = "URL",
            description = "A browser server to use instead of a Chromium here (playwright run-server, browserless), "
                    + "e.g. ws://browsers:3000/#4 for 4 pages at once (default: --concurrency); repeatable.")
    List<String> endpoints = new ArrayList<>();

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "30s", converter = DurationConverter.class,
            description = "Bound for loading one page, e.g. 30s or 2m (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    /** A page still loading after an hour is not going to finish; an hour per page would stall a run for days. */
    static final Duration MAX_TIMEOUT = Duration.ofHours(1);

    BrowserSettings settings() throws BadInputException {
        if (concurrency < 1 || concurrency > 16) {
            throw new BadInputException("--concurrency " + concurrency + ": give a number from 1 to 16");
        }
        if (timeout.isZero() || timeout.isNegative() || timeout.compareTo(MAX_TIMEOUT) > 0) {
            throw new BadInputException("--timeout " + timeout.toMillis() + "ms: give a duration from 1ms to 1h, e.g. 30s");
        }
        if (proxy != null) {
            ProxyUrl.check(proxy); // before the archive is touched
        }
        List<BrowserEndpoint> servers = new ArrayList<>();
        for (String e : endpoints) {
            servers.add(BrowserEndpoint.parse(e, concurrency));
        }
        return new BrowserSettings(Optional.ofNullable(proxy), ignoreHttpsErrors, Optional.ofNullable(chromium),
                browserArgs, timeout, concurrency).withEndpoints(servers);
    }
}
