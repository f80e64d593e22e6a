package org.refkeeper.chromium;

import org.refkeeper.io.FileTrees;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Playwright's driver (Node.js and its scripts, about 130 MB) unpacked once into the user's cache and reused.
 * Left alone, Playwright unpacks it into a new temporary folder for every browser and leaves it behind
 * whenever the JVM is killed, which a cron job's timeout does.
 */
public final class DriverCache {
    private static final String PROPERTY = "playwright.cli.dir";

    private DriverCache() {
    }

    /** Points Playwright at the cached driver, unpacking it first if needed. Does nothing if the user set one. */
    public static synchronized void use() throws IOException {
        if (System.getProperty(PROPERTY) != null) {
            return;
        }
        String platform = platform();
        URL bundled = DriverCache.class.getClassLoader().getResource("driver/package/package.json");
        URL node = DriverCache.class.getClassLoader().getResource("driver/" + platform + "/node");
        if (bundled == null || node == null) {
            return; // no bundled driver for this platform: let Playwright report it
        }
        Path dir = cacheRoot().resolve("playwright-driver-" + platform + "-" + digest(bundled));
        if (!Files.isRegularFile(dir.resolve("package/cli.js")) || !Files.isExecutable(dir.resolve("node"))) {
            unpack(bundled, node, dir);
        }
        System.setProperty(PROPERTY, dir.toString());
    }

    /** The layout Playwright's own unpacker makes: {@code node} and {@code package/} side by side. */
    private static void unpack(URL bundled, URL node, Path dir) throws IOException {
        Files.createDirectories(dir.getParent());
        Path tmp = Files.createTempDirectory(dir.getParent(), ".unpacking-");
        try {
            copyTree(bundled.toURI(), tmp.resolve("package"));
            copyTree(node.toURI(), tmp.resolve("node"));
            try {
                Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException anotherProcessWon) {
                if (!Files.isRegularFile(dir.resolve("package/cli.js"))) {
                    throw anotherProcessWon;
                }
            }
        } catch (URISyntaxException e) {
            throw new IOException("cannot read Playwright's bundled driver at " + bundled, e);
        } finally {
            FileTrees.delete(tmp);
        }
    }

    private static FileSystem jarFileSystem(URI uri) throws IOException {
        URI jar = URI.create(uri.toString().substring(0, uri.toString().indexOf("!/")));
        try {
            return FileSystems.newFileSystem(jar, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            // opened by someone else: copy through a second instance of our own
            return FileSystems.newFileSystem(Path.of(URI.create(jar.toString().substring(4))));
        }
    }

    /** Copies a file, or the folder that holds {@code package.json}, out of a jar or a folder. */
    private static void copyTree(URI uri, Path to) throws IOException {
        boolean folder = uri.toString().endsWith("package.json");
        if (!uri.getScheme().equals("jar")) {
            Path p = Path.of(uri);
            copyTree(folder ? p.getParent() : p, to);
            return;
        }
        try (FileSystem jar = jarFileSystem(uri)) {
            Path p = jar.getPath(uri.toString().substring(uri.toString().indexOf("!/") + 1));
            copyTree(folder ? p.getParent() : p, to);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    try (InputStream in = Files.newInputStream(f)) {
                        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                    String name = target.getFileName().toString();
                    // as Playwright's own unpacker does: scripts and extension-less files are programs
                    if (name.endsWith(".sh") || !name.contains(".")) {
                        target.toFile().setExecutable(true);
                    }
                }
            }
        }
    }

    private static String digest(URL packageJson) throws IOException {
        try (InputStream in = packageJson.openStream()) {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(in.readAllBytes());
            return HexFormat.of().formatHex(sha, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path cacheRoot() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("refkeeper");
    }

    private static String platform() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        boolean arm = List.of("aarch64", "arm64").contains(System.getProperty("os.arch"));
        if (os.contains("mac")) {
            return arm ? "mac-arm64" : "mac";
        }
        if (os.contains("win")) {
            return "win32_x64";
        }
        return arm ? "linux-arm64" : "linux";
    }
}
