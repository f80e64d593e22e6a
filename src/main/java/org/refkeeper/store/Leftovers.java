package org.refkeeper.store;

import org.refkeeper.folder.Layout;
import org.refkeeper.report.Json;
import org.refkeeper.report.SourceChange;
import org.refkeeper.report.SourceRecord;
import org.refkeeper.io.AtomicFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What runs that ended before they could commit (killed, crashed, out of power) left in the archive folder. Every
 * file lands whole (written aside, then moved), and a source's source.json is the last of its files to land, so
 * what is left is whole sources, at most one source's bundle and content.md that its source.json does not name
 * yet, a run report whose commit never came, and temporary files. The next run, holding the archive's lock, reports the sources, and removes the rest
 * before it writes anything of its own. A folder its last writer left with everything committed ({@link Staging})
 * holds none of this, and is not searched.
 */
public final class Leftovers {
    private final ArchiveStore store;
    private final GitRepository git;

    Leftovers(ArchiveStore store, GitRepository git) {
        this.store = store;
        this.git = git;
    }

    /** Every source.json that differs from the last commit, with what that commit holds. */
    public List<SourceChange> sources() throws IOException {
        List<SourceChange> out = new ArrayList<>();
        if (store.openedClean()) {
            return out; // the last writer closed with everything committed (Staging): no folder walk needed
        }
        for (String path : git.uncommitted(Layout.SOURCES)) {
            if (!path.endsWith("/source.json") || !Files.isRegularFile(store.resolve(path))) {
                continue;
            }
            Optional<byte[]> committed = git.readAtHead(path);
            out.add(new SourceChange(committed.isEmpty() ? Optional.empty()
                    : Optional.of(Json.read(committed.get(), path + "@HEAD", SourceRecord.class)),
                    Json.read(store.resolve(path), SourceRecord.class)));
        }
        return out;
    }

    /**
     * Removes what no commit should hold: run reports whose commit never came (what those runs found is reported
     * by the run that commits it), bundles that no source names (the one being written when the run ended) with
     * their index lines, and temporary files.
     *
     * @return the files removed, relative to the archive
     */
    public List<String> discard() throws IOException {
        List<String> removed = new ArrayList<>();
        if (store.openedClean()) {
            return removed;
        }
        for (String run : git.uncommitted(Layout.RUNS)) {
            Files.deleteIfExists(store.resolve(run));
            removed.add(run);
        }
        store.forgetKnown(); // what was read of the sources and reports before may count a report just removed
        Set<String> named = new HashSet<>();
        for (SourceRecord s : store.sources()) {
            named.addAll(s.captures());
            s.lastGood().ifPresent(g -> named.add(g.bundle()));
        }
        Set<String> unnamed = new HashSet<>();
        for (String bundle : git.uncommitted(Layout.CAPTURES)) {
            if (!named.contains(bundle)) {
                unnamed.add(bundle);
                removed.add(bundle);
            }
        }
        for (String bundle : unnamed) {
            Files.deleteIfExists(store.resolve(bundle));
        }
        if (!unnamed.isEmpty()) {
            store.replaceIndex(store.index().without(unnamed));
        }
        removed.addAll(unrecordedTexts());
        removed.addAll(temporaryFiles());
        return removed;
    }

    /**
     * content.md files written for a source whose source.json did not follow: the text of a capture the archive
     * does not keep. They go back to what the last commit holds.
     */
    private List<String> unrecordedTexts() throws IOException {
        Set<String> changed = git.uncommitted(Layout.SOURCES);
        List<String> out = new ArrayList<>();
        for (String path : changed) {
            if (path.endsWith("/content.md")
                    && !changed.contains(path.substring(0, path.length() - "content.md".length()) + "source.json")) {
                Optional<byte[]> committed = git.readAtHead(path);
                if (committed.isPresent()) {
                    AtomicFile.write(store.resolve(path), committed.get());
                } else {
                    Files.deleteIfExists(store.resolve(path));
                }
                out.add(path);
            }
        }
        return out;
    }

    /** {@code .name.*.tmp} beside the files being written (io.PendingFile), anywhere outside .git. */
    private List<String> temporaryFiles() throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(store.root())) {
            for (Path f : files.filter(p -> !store.root().relativize(p).startsWith(".git")).filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().startsWith(".") && p.getFileName().toString().endsWith(".tmp"))
                    .toList()) {
                Files.deleteIfExists(f);
                out.add(store.root().relativize(f).toString().replace('\\', '/'));
            }
        }
        return out;
    }
}
