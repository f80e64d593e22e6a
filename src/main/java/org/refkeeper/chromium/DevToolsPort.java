package org.refkeeper.chromium;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Where a Chromium listens for DevTools clients when it is started with {@link #SWITCHES}: on a port of loopback
 * that it chooses itself (so no two runs clash) and writes into its profile once it listens.
 */
public final class DevToolsPort {
    public static final List<String> SWITCHES = List.of("--remote-debugging-address=127.0.0.1",
            "--remote-debugging-port=0");
    private static final String ACTIVE_PORT = "DevToolsActivePort";

    private DevToolsPort() {
    }

    /** Waits up to {@code wait} for the port Chromium writes into {@code profile}. */
    public static int await(Path profile, Duration wait) throws IOException {
        Path file = profile.resolve(ACTIVE_PORT);
        long until = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() - until < 0) {
            if (Files.isRegularFile(file)) {
                List<String> lines = Files.readAllLines(file);
                if (!lines.isEmpty() && lines.get(0).strip().matches("\\d{1,5}")) {
                    return Integer.parseInt(lines.get(0).strip());
                }
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new IOException("Chromium started but did not say which port it listens on (no " + file + ")");
    }
}
