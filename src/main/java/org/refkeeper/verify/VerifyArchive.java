package org.refkeeper.verify;

import org.refkeeper.index.CdxjIndex;
import org.refkeeper.index.CdxjLine;
import org.refkeeper.store.ArchiveStore;
import org.refkeeper.report.Json;
import org.refkeeper.folder.Layout;
import org.refkeeper.report.SourceRecord;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Checks a whole archive and reports, never repairs: every bundle's digests, every index line against the
 * record it points at, the git objects, and that each source's bundles are there and indexed. Damage in one
 * place never stops the checks of the others.
 */
public final class VerifyArchive {
    private final Path root;
    private final List<VerifyProblem> problems = new ArrayList<>();

    private VerifyArchive(Path root) {
        this.root = root;
    }

    public static VerifyReport check(ArchiveStore store) throws IOException {
        VerifyArchive verify = new VerifyArchive(store.root());
        // each line that does not parse is a problem of its own; the others are checked
        CdxjIndex index = store.readIndex((n, problem) ->
                verify.problems.add(new VerifyProblem(Layout.INDEX + ":" + n, "not a CDXJ line")));
        // A damaged record is found both reading its bundle and following its index line: report it once.
        Set<VerifyProblem> found = new LinkedHashSet<>();
        for (Problem p : Verifier.verifyArchive(store.root(), index)) {
            found.add(new VerifyProblem(verify.relative(p.file()) + "@" + p.offset(), p.message()));
        }
        verify.problems.addAll(found);
        for (String p : store.checkRepository()) {
            verify.problems.add(new VerifyProblem(".git", p.replaceFirst("^git: ", "")));
        }
        int sources = verify.sources(index);
        return new VerifyReport(verify.bundleCount(), index.lines().size(), sources, verify.problems);
    }

    /** Checks every source.json; returns how many there are. */
    private int sources(CdxjIndex index) throws IOException {
        Set<String> indexed = index.lines().stream().map(CdxjLine::filename).collect(Collectors.toSet());
        List<Path> files = sourceFiles();
        for (Path file : files) {
            String where = relative(file);
            SourceRecord source;
            try {
                source = Json.read(file, SourceRecord.class);
            } catch (IOException e) {
                problems.add(new VerifyProblem(where, "unreadable: " + e.getMessage()));
                continue;
            }
            Set<String> bundles = new LinkedHashSet<>(source.captures());
            source.lastGood().ifPresent(g -> bundles.add(g.bundle()));
            for (String bundle : bundles) {
                if (!Files.isRegularFile(root.resolve(bundle))) {
                    problems.add(new VerifyProblem(where, "its capture " + bundle + " is missing"));
                } else if (!indexed.contains(bundle)) {
                    problems.add(new VerifyProblem(where, "its capture " + bundle + " is not in " + Layout.INDEX));
                }
            }
        }
        return files.size();
    }

    private List<Path> sourceFiles() throws IOException {
        return walk(Layout.SOURCES, 3, f -> f.getFileName().toString().equals("source.json"));
    }

    private int bundleCount() throws IOException {
        return walk(Layout.CAPTURES, Integer.MAX_VALUE, f -> f.toString().endsWith(".warc.gz")).size();
    }

    private List<Path> walk(String folder, int depth, Predicate<Path> keep) throws IOException {
        Path dir = root.resolve(folder);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir, depth)) {
            return files.filter(Files::isRegularFile).filter(keep).sorted().toList();
        }
    }

    private String relative(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path base = root.toAbsolutePath().normalize();
        return (absolute.startsWith(base) ? base.relativize(absolute) : absolute).toString().replace('\\', '/');
    }
}
