package org.refkeeper.capture;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.Proxy;
import org.refkeeper.chromium.BrowserSettings;
import org.refkeeper.chromium.ChromiumLocator;
import org.refkeeper.chromium.DevToolsPort;
import org.refkeeper.chromium.ProxyUrl;
import org.refkeeper.chromium.Switches;
import org.refkeeper.io.FileTrees;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One Chromium that every worker of a run opens its pages in, each page in a context of its own: one browser
 * process, one GPU process and one network service for the run instead of one set per worker. Playwright is not
 * thread-safe, so each worker attaches its own Playwright over the DevTools protocol ({@link Browser#attach}).
 * Chromium is started by a Playwright of its own, whose driver ends it when this JVM ends, however it ends.
 */
public final class SharedChromium implements AutoCloseable {
    private static final Duration START = Duration.ofSeconds(30);

    private final Playwright owner;
    private final BrowserContext keeper;
    private final Path profile;
    private final String endpoint;
    private volatile boolean closed;

    private SharedChromium(Playwright owner, BrowserContext keeper, Path profile, String endpoint) {
        this.owner = owner;
        this.keeper = keeper;
        this.profile = profile;
        this.endpoint = endpoint;
        keeper.onClose(c -> closed = true);
    }

    /** Starts Chromium as {@code settings} say, listening for DevTools clients on a port of loopback. */
    public static SharedChromium launch(BrowserSettings settings) throws IOException {
        Optional<String> proxy = settings.proxy().isEmpty() ? Optional.empty()
                : Optional.of(ProxyUrl.check(settings.proxy().get()));
        Path executable = ChromiumLocator.find(settings.chromium());
        Playwright owner = PlaywrightDriver.start("").playwright();
        Path profile = Files.createTempDirectory("refkeeper-chromium-");
        try {
            List<String> args = new ArrayList<>(Switches.of(settings));
            args.addAll(DevToolsPort.SWITCHES);
            BrowserType.LaunchPersistentContextOptions options = new BrowserType.LaunchPersistentContextOptions()
                    .setExecutablePath(executable).setHeadless(true).setArgs(args);
            proxy.ifPresent(server -> options.setProxy(new Proxy(server)));
            BrowserContext keeper = owner.chromium().launchPersistentContext(profile, options);
            return new SharedChromium(owner, keeper, profile, "http://127.0.0.1:" + DevToolsPort.await(profile, START));
        } catch (PlaywrightException | IOException e) {
            owner.close();
            deleteQuietly(profile);
            throw e instanceof IOException io ? io
                    : new IOException("cannot launch Chromium " + executable + ": " + FailureMapper.message((PlaywrightException) e), e);
        }
    }

    /** Where a worker's Playwright attaches: {@code http://127.0.0.1:PORT}. */
    String endpoint() {
        return endpoint;
    }

    /** Whether Chromium is still there to attach to. */
    public boolean alive() {
        return !closed;
    }

    @Override
    public void close() {
        try {
            keeper.close();
        } catch (PlaywrightException e) {
            // gone already: closing the driver below ends every process
        } finally {
            try {
                owner.close();
            } catch (PlaywrightException e) {
                // the driver is gone too
            }
            deleteQuietly(profile);
        }
    }

    private static void deleteQuietly(Path dir) {
        try {
            FileTrees.delete(dir);
        } catch (IOException e) {
            // a temporary folder left behind costs a little disk, nothing more
        }
    }
}
