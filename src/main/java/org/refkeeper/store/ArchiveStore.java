package org.refkeeper.store;

import org.refkeeper.folder.ArchiveFolder;
import org.refkeeper.folder.ArchiveLock;
import org.refkeeper.folder.Layout;
import org.refkeeper.folder.NoArchiveException;
import org.refkeeper.folder.RunFiles;
import org.refkeeper.folder.Settings;
import org.refkeeper.folder.SettingsFile;
import org.refkeeper.report.Json;
import org.refkeeper.report.LatestChecks;
import org.refkeeper.report.RunReport;
import org.refkeeper.report.SourceRecord;
import org.refkeeper.index.CdxjIndex;
import org.refkeeper.index.CdxjLine;
import org.refkeeper.io.AtomicFile;
import org.refkeeper.io.RealPath;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The archive folder: its files, its lock and its git repository. Writers take the lock with
 * {@link #openForWriting}; readers ({@link #openForReading}) need neither the lock nor a writable folder.
 */
public final class ArchiveStore implements AutoCloseable {
    private static final String GITIGNORE = ArchiveLock.FILE + "\n*.tmp\n";
    private final Path root;
    private final GitRepository git;
    private final ArchiveLock lock;
    private final Clock clock;
    /** What the next commit stages; null for a reader. */
    private final Staging staging;
    private final PendingIndex pending;
    private final KnownSources known;
    private CdxjIndex index;

    /** @param openedAt for a writer that found the folder as its last commit left it, that commit */
    private ArchiveStore(Path root, GitRepository git, ArchiveLock lock, Clock clock, Staging staging,
                         Optional<String> openedAt) {
        this.root = root;
        this.git = git;
        this.lock = lock;
        this.clock = clock;
        this.staging = staging;
        this.pending = new PendingIndex(root);
        this.known = new KnownSources(root, git, staging != null, openedAt);
    }

    /**
     * Opens the archive for a run: creates it in a folder that does not exist or is empty, opens a refkeeper
     * archive (upgrading one of refkeeper 0.1.0 in place), and refuses anything else untouched.
     */
    public static ArchiveStore openForWriting(Path root) throws IOException {
        return openForWriting(root, Clock.systemUTC());
    }

    /** @param clock the time commits are dated with */
    public static ArchiveStore openForWriting(Path root, Clock clock) throws IOException {
        Path real = RealPath.of(root);
        ArchiveFolder.check(real);
        ArchiveFolder.create(real);
        ArchiveLock lock = ArchiveLock.acquire(real);
        try {
            ArchiveFolder.Kind kind = ArchiveFolder.check(real); // again: another process may have made it meanwhile
            ArchiveFolder.refuseLinks(real);
            GitRepository.removeStaleLocks(real);
            Path settings = real.resolve(Layout.SETTINGS);
            // refkeeper.json first: a run killed after it leaves a folder that is known to be an archive
            if (kind == ArchiveFolder.Kind.NEW) {
                boolean given = Files.isRegularFile(settings); // by a user, before the first run
                AtomicFile.write(settings, Json.write(given ? SettingsFile.read(settings).upgraded() : Settings.defaults()));
            } else if (kind == ArchiveFolder.Kind.OLDER_ARCHIVE) {
                AtomicFile.write(settings, Json.write(SettingsFile.read(settings).upgraded()));
            }
            GitRepository git = GitRepository.openOrInit(real);
            Staging staging = Staging.open(real, git.head());
            Path gitignore = real.resolve(Layout.GITIGNORE);
            if (git.isNew() && !Files.exists(gitignore, LinkOption.NOFOLLOW_LINKS)) {
                AtomicFile.write(gitignore, GITIGNORE); // only with the repository: never anyone else's
            }
            return new ArchiveStore(real, git, lock, clock, staging, staging.clean() ? git.head() : Optional.empty());
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** Opens an existing archive to read it; needs neither the lock nor a writable folder. */
    public static ArchiveStore openForReading(Path root) throws IOException {
        Path real = RealPath.of(root);
        if (ArchiveFolder.check(real) == ArchiveFolder.Kind.NEW || !Files.isDirectory(real.resolve(".git"))) {
            throw new NoArchiveException(root);
        }
        ArchiveFolder.refuseLinks(real);
        return new ArchiveStore(real, GitRepository.openOrInit(real), null, Clock.systemUTC(), null, Optional.empty());
    }

    public Path root() {
        return root;
    }

    public Path resolve(String relative) {
        return root.resolve(relative);
    }

    public Settings settings() throws IOException {
        Path file = root.resolve(Layout.SETTINGS);
        return Files.isRegularFile(file) ? SettingsFile.read(file) : Settings.defaults();
    }

    public void saveSettings(Settings settings) throws IOException {
        if (AtomicFile.writeIfChanged(root.resolve(Layout.SETTINGS), Json.write(settings))) {
            writing().wrote(Layout.SETTINGS);
        }
    }

    public Optional<SourceRecord> source(String id) throws IOException {
        if (known.answersOne()) {
            return known.one(id);
        }
        Path file = root.resolve(Layout.sourceJson(id));
        return Files.isRegularFile(file) ? Optional.of(Json.read(file, SourceRecord.class)) : Optional.empty();
    }

    /** Every source the archive holds, in the order of their folders (by id). */
    public List<SourceRecord> sources() throws IOException {
        return known.all();
    }

    /** Writes source.json only if it differs, so an unchanged source leaves its file byte-identical. */
    public void saveSource(SourceRecord source) throws IOException {
        String path = Layout.sourceJson(source.id());
        if (AtomicFile.writeIfChanged(root.resolve(path), Json.write(source))) {
            writing().wrote(path);
        }
        known.saved(source);
    }

    public void saveContent(String id, String markdown) throws IOException {
        String path = Layout.content(id);
        if (AtomicFile.writeIfChanged(root.resolve(path), markdown)) {
            writing().wrote(path);
        }
    }

    public Optional<String> content(String id) throws IOException {
        Path file = root.resolve(Layout.content(id));
        return Files.isRegularFile(file) ? Optional.of(Files.readString(file)) : Optional.empty();
    }

    /**
     * The archive's index, read on first use: {@code index.cdxj} and the lines of bundles written since the last
     * commit ({@link PendingIndex}); a missing file is an empty index.
     */
    public CdxjIndex index() throws IOException {
        if (index == null) {
            Path file = resolve(Layout.INDEX);
            index = pending.addTo(CdxjIndex.load(file), (n, problem) -> {
                throw new IOException(file + ": " + problem);
            });
        }
        return index;
    }

    /** The index read afresh, handing every line that does not parse to {@code bad}: for {@code verify}. */
    public CdxjIndex readIndex(CdxjIndex.BadLine bad) throws IOException {
        return pending.addTo(CdxjIndex.load(resolve(Layout.INDEX), bad), bad);
    }

    /**
     * Adds a new bundle's lines to the index. They land at once beside the index ({@link PendingIndex}); index.cdxj
     * itself is written sorted by the commit, once per run rather than once per bundle.
     */
    public void addToIndex(List<CdxjLine> lines) throws IOException {
        Staging staging = writing();
        index = index().plus(lines);
        pending.add(lines);
        lines.stream().map(CdxjLine::filename).distinct().forEach(staging::wrote);
        staging.wrote(Layout.INDEX); // by the commit
    }

    /** The whole index written anew, e.g. without the lines of bundles taken out. */
    void replaceIndex(CdxjIndex replacement) throws IOException {
        writing().wrote(Layout.INDEX);
        index = replacement;
        index.write(resolve(Layout.INDEX));
        pending.clear();
    }

    /** Drops what was read of the sources and run reports, after files were removed behind its back. */
    void forgetKnown() {
        known.forget();
    }

    /** Whether the folder was as the last commit left it when this writer opened it: nothing to recover. */
    boolean openedClean() {
        return writing().clean();
    }

    /** What runs that ended before they could commit left in the folder; only for a writer. */
    public Leftovers leftovers() {
        writing();
        return new Leftovers(this, git);
    }

    /** Runs, oldest first. */
    public List<RunReport> runs() throws IOException {
        return RunFiles.in(root.resolve(Layout.RUNS)).all();
    }

    /**
     * The latest entry the run reports give each of {@code ids}, and when a run last checked each (perhaps with
     * other sources' too): what {@code status} needs, from {@link HeadSnapshot} or the newest reports, read only as
     * far back as needed (usually one).
     */
    public LatestChecks latestChecks(Set<String> ids) throws IOException {
        return known.latest(ids);
    }

    /**
     * How many runs checked each source (by id), with this writer's own run once saved; read from the snapshot of
     * the last commit when it has them, so a run does not read every report of the archive's history.
     */
    public Map<String, Integer> checkCounts() throws IOException {
        writing();
        return known.checks();
    }

    /** A run id for a run starting now that no earlier run has. */
    public String newRunId(Instant started) {
        return Layout.newRunId(root, started);
    }

    public void saveRun(RunReport report) throws IOException {
        writing().wrote(Layout.run(report.run()));
        AtomicFile.write(root.resolve(Layout.run(report.run())), Json.write(report));
        known.savedRun(report);
    }

    public void saveReport(String markdown) throws IOException {
        if (AtomicFile.writeIfChanged(root.resolve(Layout.REPORT), markdown)) {
            writing().wrote(Layout.REPORT);
        }
    }

    /**
     * Commits what refkeeper wrote ({@link Layout#OWN}) and nothing else in the folder; returns the commit id. The
     * index's new lines are written into index.cdxj first.
     */
    public String commit(String message) throws IOException {
        Staging staging = writing();
        if (!pending.isEmpty()) {
            index().write(resolve(Layout.INDEX));
        }
        String sha = git.commit(staging.paths(), message, clock.instant());
        pending.clear();
        staging.committed();
        known.committed(sha);
        return sha;
    }

    public CommitLog log() {
        return new CommitLog(git);
    }

    /** Problems with the git repository (unreadable or corrupt objects), empty when sound. */
    public List<String> checkRepository() throws IOException {
        return git.check();
    }

    private Staging writing() {
        if (staging == null) {
            throw new IllegalStateException("archive opened for reading");
        }
        return staging;
    }

    @Override
    public void close() throws IOException {
        try {
            if (staging != null) {
                staging.close(git.head());
            }
        } finally {
            git.close();
            if (lock != null) {
                lock.close();
            }
        }
    }
}
