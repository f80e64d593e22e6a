package org.refkeeper.capture;

import org.refkeeper.chromium.DriverCache;
import org.refkeeper.chromium.ChromiumLocator;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.microsoft.playwright.impl.driver.Driver;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A {@code playwright run-server} on 127.0.0.1, started from Playwright's own driver as a browser host would run
 * it, with {@code --unsafe} so that refkeeper may pass Debian's Chromium and the test site's host-resolver rules.
 */
public final class BrowserServer implements AutoCloseable {
    /** Debian's Chromium, a path on the server (the same machine here). */
    public static final Path CHROMIUM = ChromiumLocator.CANDIDATES.get(0);

    private final Process process;
    private final String url;

    private BrowserServer(Process process, String url) {
        this.process = process;
        this.url = url;
    }

    public static BrowserServer start() throws IOException {
        return start(true);
    }

    /** @param unsafe whether clients may choose the browser's switches and executable */
    public static BrowserServer start(boolean unsafe) throws IOException {
        DriverCache.use();
        return start(unsafe, Driver.ensureDriverInstalled(Map.of(), false).createProcessBuilder());
    }

    /**
     * A server that lets no client choose switches or an executable, whose own browser is Debian's Chromium,
     * linked into {@code folder} where Playwright looks for the browser it would have downloaded.
     */
    public static BrowserServer careful(Path folder) throws IOException {
        DriverCache.use();
        Driver driver = Driver.ensureDriverInstalled(Map.of(), false);
        JsonObject browsers;
        try (InputStream in = BrowserServer.class.getClassLoader().getResourceAsStream("driver/package/browsers.json")) {
            if (in == null) {
                throw new IOException("Playwright's driver jar has no browsers.json");
            }
            browsers = JsonParser.parseString(new String(in.readAllBytes(), StandardCharsets.UTF_8)).getAsJsonObject();
        }
        String revision = null;
        for (JsonElement b : browsers.getAsJsonArray("browsers")) {
            if (b.getAsJsonObject().get("name").getAsString().equals("chromium-headless-shell")) {
                revision = b.getAsJsonObject().get("revision").getAsString();
            }
        }
        Path shell = folder.resolve("chromium_headless_shell-" + revision + "/chrome-headless-shell-linux64/chrome-headless-shell");
        Files.createDirectories(shell.getParent());
        Files.createSymbolicLink(shell, CHROMIUM);
        ProcessBuilder pb = driver.createProcessBuilder();
        pb.environment().put("PLAYWRIGHT_BROWSERS_PATH", folder.toString());
        return start(false, pb);
    }

    private static BrowserServer start(boolean unsafe, ProcessBuilder pb) throws IOException {
        List<String> command = new ArrayList<>(pb.command());
        command.addAll(List.of("run-server", "--host", "127.0.0.1", "--port", "0"));
        if (unsafe) {
            command.add("--unsafe");
        }
        pb.command(command).redirectErrorStream(true);
        pb.environment().put("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        Process p = pb.start();
        CompletableFuture<String> listening = CompletableFuture.supplyAsync(() -> {
            try {
                BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
                String line;
                while ((line = out.readLine()) != null) {
                    if (line.startsWith("Listening on ")) {
                        String found = line.substring("Listening on ".length()).strip();
                        // keep draining, so that the server never blocks on a full pipe
                        Thread drain = new Thread(() -> out.lines().forEach(l -> { }), "browser-server-output");
                        drain.setDaemon(true);
                        drain.start();
                        return found;
                    }
                }
                return null;
            } catch (IOException e) {
                return null;
            }
        });
        try {
            String url = listening.get(30, TimeUnit.SECONDS);
            if (url == null) {
                throw new IOException("playwright run-server ended before it listened");
            }
            return new BrowserServer(p, url);
        } catch (InterruptedException | ExecutionException | TimeoutException | IOException e) {
            kill(p);
            throw new IOException("playwright run-server did not start: " + e.getMessage(), e);
        }
    }

    /** The server's WebSocket URL, e.g. {@code ws://127.0.0.1:41231/}. */
    public String url() {
        return url;
    }

    /** Ends the server and every browser it runs at once, as a machine that dies would. */
    public void kill() {
        kill(process);
    }

    private static void kill(Process p) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        try {
            p.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        kill();
    }
}
