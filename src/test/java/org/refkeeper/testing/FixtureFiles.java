package org.refkeeper.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The fixtures in {@code src/test/resources/fixtures}, as files the tests can name: unpacked once per test JVM into
 * {@code target/test-fixtures/}, where {@code *.html.gz} (stored compressed) become {@code *.html}. Every other file
 * (WARC and WACZ files included) is copied byte for byte. Nothing outside the checkout is read.
 */
public final class FixtureFiles {
    private static Path root;

    private FixtureFiles() {
    }

    /** The unpacked fixtures folder: {@code realworld/}, {@code seeds/}. */
    public static synchronized Path dir() {
        if (root == null) {
            root = unpack();
        }
        return root;
    }

    public static Path file(String relative) {
        Path file = dir().resolve(relative);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("no fixture " + relative + " in src/test/resources/fixtures");
        }
        return file;
    }

    private static Path unpack() {
        URL readme = FixtureFiles.class.getResource("/fixtures/README.md");
        if (readme == null || !readme.getProtocol().equals("file")) {
            throw new IllegalStateException("the test fixtures are not on the class path as files: " + readme);
        }
        try {
            Path source = Path.of(readme.toURI()).getParent();
            // target/test-classes/fixtures -> target/test-fixtures
            Path target = source.getParent().getParent().resolve("test-fixtures");
            Path temp = Files.createTempDirectory(target.getParent(), "test-fixtures");
            List<Path> files;
            try (Stream<Path> walk = Files.walk(source)) {
                files = walk.filter(Files::isRegularFile).toList();
            }
            for (Path file : files) {
                Path relative = source.relativize(file);
                String name = relative.getFileName().toString();
                boolean packed = name.endsWith(".html.gz");
                Path to = temp.resolve(packed ? relative.resolveSibling(name.substring(0, name.length() - 3)).toString()
                        : relative.toString());
                Files.createDirectories(to.getParent());
                if (packed) {
                    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                        Files.copy(in, to);
                    }
                } else {
                    Files.copy(file, to);
                }
            }
            deleteTree(target);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack the test fixtures", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
