package org.refkeeper.browsers;

import org.refkeeper.chromium.BrowserSettings;
import org.refkeeper.capture.SharedChromium;

import java.io.IOException;
import java.util.Optional;

/**
 * The run's one Chromium, which every worker attaches to ({@link WorkerBrowser}); started when the first worker
 * asks, and again if it died (a crash then costs the pages open in it, each retried or reported as its source's
 * error, not the run).
 */
public final class RunBrowser implements AutoCloseable {
    private final BrowserSettings settings;
    private Optional<SharedChromium> chromium = Optional.empty();

    public RunBrowser(BrowserSettings settings) {
        this.settings = settings;
    }

    synchronized SharedChromium current() throws IOException {
        if (chromium.isPresent() && !chromium.get().alive()) {
            chromium.get().close();
            chromium = Optional.empty();
        }
        if (chromium.isEmpty()) {
            chromium = Optional.of(SharedChromium.launch(settings));
        }
        return chromium.get();
    }

    @Override
    public synchronized void close() {
        chromium.ifPresent(SharedChromium::close);
        chromium = Optional.empty();
    }
}
