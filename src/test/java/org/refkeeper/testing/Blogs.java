package org.refkeeper.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Blogs built by the real generators, with refkeeper's snippets from {@code docs/publishing/} copied in as a user
 * would: Debian's {@code jekyll} (GitHub Pages' safe mode: no plugins) and {@code hugo}. {@code scripts/setup --test}
 * installs both.
 */
public final class Blogs {
    public static final Path DOCS = Path.of("docs/publishing");
    private static final String LAYOUT = """
            <!DOCTYPE html><html><head><meta charset="utf-8"><title>{{ page.title }}</title></head>
            <body><article>%s</article></body></html>
            """;

    private Blogs() {
    }

    /**
     * A Jekyll site whose post layout decorates the content with refkeeper's include, holding {@code post} as
     * {@code _posts/NAME} and the links file as {@code _data/refkeeper.json}; returns the built {@code _site}.
     */
    public static Path jekyll(Path dir, String name, byte[] post, Path data) throws IOException, InterruptedException {
        Path src = dir.resolve("jekyll");
        copyTree(DOCS.resolve("jekyll"), src);
        Files.createDirectories(src.resolve("_posts"));
        Files.write(src.resolve("_posts").resolve(name), post);
        Files.createDirectories(src.resolve("_layouts"));
        Files.writeString(src.resolve("_layouts/post.html"),
                LAYOUT.formatted("{% include refkeeper/content.html content=content %}"));
        Files.createDirectories(src.resolve("_data"));
        Files.copy(data, src.resolve("_data/refkeeper.json"));
        Path out = dir.resolve("jekyll-site");
        run(List.of("jekyll", "build", "--safe", "--quiet", "--disable-disk-cache", "-s", src.toString(), "-d",
                out.toString()), dir);
        return out;
    }

    /**
     * A Hugo site with refkeeper's partial and link render hook, holding {@code post} as {@code content/posts/NAME}
     * and the links file as {@code data/refkeeper.json}; returns the built {@code public}.
     */
    public static Path hugo(Path dir, String name, byte[] post, Path data) throws IOException, InterruptedException {
        Path src = dir.resolve("hugo");
        copyTree(DOCS.resolve("hugo"), src);
        Files.writeString(src.resolve("hugo.toml"), "baseURL = \"https://blog.example.org/\"\ntitle = \"seed\"\n"
                + "disableKinds = [\"taxonomy\", \"term\", \"RSS\", \"sitemap\"]\n");
        Files.createDirectories(src.resolve("content/posts"));
        Files.write(src.resolve("content/posts").resolve(name), post);
        Files.writeString(src.resolve("layouts/_default/single.html"), LAYOUT.formatted("{{ .Content }}")
                .replace("{{ page.title }}", "{{ .Title }}"));
        Files.writeString(src.resolve("layouts/_default/list.html"), "<!DOCTYPE html><title>list</title>");
        Files.createDirectories(src.resolve("data"));
        Files.copy(data, src.resolve("data/refkeeper.json"));
        Path out = dir.resolve("hugo-site");
        run(List.of("hugo", "--quiet", "--source", src.toString(), "--destination", out.toString()), dir);
        return out;
    }

    /** The one built page whose file name is {@code name}, wherever the generator put it. */
    public static Path page(Path site, String name) throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            List<Path> found = files.filter(p -> p.getFileName().toString().equals(name)).toList();
            if (found.size() != 1) {
                throw new IOException("expected one " + name + " in " + site + ", found " + found);
            }
            return found.get(0);
        }
    }

    private static void run(List<String> command, Path dir) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IOException(command.get(0) + " is not installed; run scripts/setup --test", e);
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed:\n" + out);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        List<Path> all;
        try (Stream<Path> files = Files.walk(from)) {
            all = new ArrayList<>(files.toList());
        }
        for (Path p : all) {
            Path target = to.resolve(from.relativize(p).toString());
            if (Files.isDirectory(p)) {
                Files.createDirectories(target);
            } else {
                Files.copy(p, target);
            }
        }
    }
}
