package org.refkeeper.store;

import org.refkeeper.folder.Layout;
import org.refkeeper.folder.RunFiles;
import org.refkeeper.report.Json;
import org.refkeeper.report.LatestChecks;
import org.refkeeper.report.RunReport;
import org.refkeeper.report.SourceRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Every source of the archive and the run reports' latest word on each, read once: from {@link HeadSnapshot} when it
 * can be trusted, else from the folder (one source.json per source), which then makes the snapshot again. A writer
 * keeps what it writes on top, so a run reads its sources once, and after its commit leaves the snapshot of that
 * commit behind for the readers.
 */
final class KnownSources {
    private final Path root;
    private final GitRepository git;
    /** For a writer: the commit the folder was marked as left at when it opened; empty for a reader, or not clean. */
    private final Optional<String> openedAt;
    private final boolean writer;
    private HeadSnapshot base;
    /** For a reader: the snapshot read last, good for as long as HEAD and the mark stay where they are. */
    private HeadSnapshot lastRead;
    private final Map<String, SourceRecord> saved = new HashMap<>();
    private final List<RunReport> savedRuns = new ArrayList<>();

    KnownSources(Path root, GitRepository git, boolean writer, Optional<String> openedAt) {
        this.root = root;
        this.git = git;
        this.writer = writer;
        this.openedAt = openedAt;
    }

    /** Every source now, in the order of their folders. */
    synchronized List<SourceRecord> all() throws IOException {
        return List.copyOf(now().sources().values());
    }

    /** Whether {@link #one} answers without reading the source's file: a writer that knows every source. */
    synchronized boolean answersOne() {
        return writer && (base != null || openedAt.isPresent());
    }

    /** One source now, for a writer that {@link #answersOne}. */
    synchronized Optional<SourceRecord> one(String id) throws IOException {
        SourceRecord s = saved.get(id);
        return s != null ? Optional.of(s) : Optional.ofNullable(base().sources().get(id));
    }

    /**
     * What the run reports say of these sources now (and maybe of others), from the snapshot when there is one to
     * trust.
     */
    synchronized LatestChecks latest(Set<String> ids) throws IOException {
        Optional<HeadSnapshot> known = answersOne() ? Optional.of(withSaved(base())) : writer ? Optional.empty() : trusted();
        return known.isPresent() ? known.get().latest() : RunFiles.in(root.resolve(Layout.RUNS)).latest(ids);
    }

    /**
     * How many runs checked each source, for a writer: from the snapshot when it has counted them, else counted
     * from every run report once, and kept in the snapshot this writer's commit leaves.
     */
    synchronized Map<String, Integer> checks() throws IOException {
        if (!writer) {
            throw new IllegalStateException("only a writer counts checks");
        }
        if (base().checks() == null) {
            base = base.counted(HeadSnapshot.count(RunFiles.in(root.resolve(Layout.RUNS)).all()));
        }
        return withSaved(base).checks();
    }

    /** Reads the folder again when next asked: files were removed (a dead run's report) since it was read. */
    synchronized void forget() {
        base = null;
        lastRead = null;
    }

    synchronized void saved(SourceRecord source) {
        saved.put(source.id(), source);
    }

    synchronized void savedRun(RunReport report) {
        savedRuns.add(report);
    }

    /** After a writer's commit: what it knows is now the snapshot of that commit. */
    synchronized void committed(String sha) {
        if (base != null) {
            base = withSaved(base).renamed(sha);
            base.save(root);
        }
        saved.clear();
        savedRuns.clear();
    }

    private HeadSnapshot now() throws IOException {
        return writer ? withSaved(base()) : readerSnapshot();
    }

    private HeadSnapshot withSaved(HeadSnapshot s) {
        return saved.isEmpty() && savedRuns.isEmpty() ? s : s.with(s.head(), saved, savedRuns);
    }

    /** The writer's view of the folder before what it wrote itself. */
    private HeadSnapshot base() throws IOException {
        if (base == null) {
            base = trusted().orElse(null);
            if (base == null) {
                base = fromFolder(git.head().orElse(""));
            }
        }
        return base;
    }

    /** The snapshot file, if it names the commit the folder is (or, for a writer, was when opened) at. */
    private Optional<HeadSnapshot> trusted() {
        try {
            if (writer) {
                return openedAt.flatMap(head -> HeadSnapshot.readAt(root, head));
            }
            Optional<String> head = git.head();
            if (lastRead != null && head.filter(h -> h.equals(lastRead.head()) && Staging.markedAt(root, h)).isPresent()) {
                return Optional.of(lastRead);
            }
            Optional<HeadSnapshot> read = HeadSnapshot.read(root, head);
            read.ifPresent(r -> lastRead = r);
            return read;
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private HeadSnapshot readerSnapshot() throws IOException {
        Optional<String> head = git.head();
        Optional<HeadSnapshot> known = trusted();
        if (known.isPresent()) {
            return known.get();
        }
        boolean marked = head.isPresent() && Staging.markedAt(root, head.get());
        HeadSnapshot read = fromFolder(head.orElse(""));
        if (marked && Staging.markedAt(root, head.get()) && git.head().equals(head)) {
            read.save(root); // no writer came between: what was read is what HEAD holds
            lastRead = read;
        }
        return read;
    }

    private HeadSnapshot fromFolder(String head) throws IOException {
        Path dir = root.resolve(Layout.SOURCES);
        List<SourceRecord> sources = new ArrayList<>();
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.walk(dir, 3)) {
                for (Path f : files.filter(p -> p.getFileName().toString().equals("source.json")).sorted().toList()) {
                    sources.add(Json.read(f, SourceRecord.class));
                }
            }
        }
        return HeadSnapshot.fromFolder(head, sources, RunFiles.in(root.resolve(Layout.RUNS)));
    }
}
