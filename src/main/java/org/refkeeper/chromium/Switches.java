package org.refkeeper.chromium;

import java.util.ArrayList;
import java.util.List;

/** The command line refkeeper gives every Chromium it starts or asks a browser server for, and how it introduces itself. */
public final class Switches {
    /** Switches for a headless Chromium that runs as root in a container and stays off the network on its own. */
    public static final List<String> ALWAYS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
            "--disable-dev-shm-usage");

    private Switches() {
    }

    /** {@link #ALWAYS}, then what the user gave with {@code --browser-arg}. */
    public static List<String> of(BrowserSettings settings) {
        List<String> args = new ArrayList<>(ALWAYS);
        args.addAll(settings.browserArgs());
        return args;
    }

    /**
     * What a desktop Chrome of this version says: headless Chromium says "HeadlessChrome", which sites answer
     * with walls.
     *
     * @param version the browser's version, {@code 156.0.7000.1}
     */
    public static String userAgent(String version) {
        String major = version.split("\\.")[0];
        return "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/" + major
                + ".0.0.0 Safari/537.36";
    }
}
