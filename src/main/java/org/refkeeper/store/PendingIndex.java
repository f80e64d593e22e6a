package org.refkeeper.store;

import org.refkeeper.index.CdxjIndex;
import org.refkeeper.index.CdxjLine;
import org.refkeeper.io.AtomicFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Index lines of bundles written since the last commit, one small file per bundle in {@code .git/refkeeper/index}.
 * Rewriting the whole sorted {@code index.cdxj} for each new bundle costs what the archive holds, so it is written
 * once, by the commit; until then these files hold the new lines. Each lands whole before its bundle's source.json
 * names the bundle, so a run killed at any moment leaves every named bundle indexed here or in index.cdxj. Readers
 * see both; the next commit folds them in. Inside {@code .git}: never committed, never cloned (nor are the uncommitted
 * bundles they index).
 */
final class PendingIndex {
    static final String DIR = ".git/refkeeper/index";
    private final Path dir;

    PendingIndex(Path root) {
        this.dir = root.resolve(DIR);
    }

    /** Records one bundle's lines. */
    void add(List<CdxjLine> lines) throws IOException {
        if (lines.isEmpty()) {
            return;
        }
        Files.createDirectories(dir);
        String base = lines.get(0).filename().replace('/', '_');
        Path file = dir.resolve(base + ".cdxj");
        for (int n = 2; Files.exists(file); n++) {
            file = dir.resolve(base + "-" + n + ".cdxj");
        }
        StringBuilder text = new StringBuilder();
        lines.forEach(l -> text.append(l).append('\n'));
        AtomicFile.write(file, text.toString());
    }

    /** Whether any lines wait for a commit. */
    boolean isEmpty() throws IOException {
        return files().isEmpty();
    }

    /** {@code index} with the lines waiting here, each line that does not parse handed to {@code bad}. */
    CdxjIndex addTo(CdxjIndex index, CdxjIndex.BadLine bad) throws IOException {
        List<CdxjLine> lines = new ArrayList<>();
        for (Path file : files()) {
            List<String> text = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < text.size(); i++) {
                if (text.get(i).isBlank()) {
                    continue;
                }
                try {
                    lines.add(CdxjLine.parse(text.get(i)));
                } catch (IllegalArgumentException e) {
                    bad.found(i + 1, DIR + "/" + file.getFileName() + ": " + e.getMessage());
                }
            }
        }
        return lines.isEmpty() ? index : index.plus(lines);
    }

    /** Forgets the lines: index.cdxj now holds them. */
    void clear() throws IOException {
        for (Path file : files()) {
            Files.deleteIfExists(file);
        }
    }

    private List<Path> files() throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".cdxj")).sorted().toList();
        }
    }
}
