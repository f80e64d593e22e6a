package org.refkeeper;

import org.refkeeper.history.ArchiveHistory;
import org.refkeeper.history.SourceDiff;
import org.refkeeper.history.SourceHistory;
import org.refkeeper.history.SourceStatus;
import org.refkeeper.io.BadInputException;
import org.refkeeper.notes.Notes;
import org.refkeeper.notes.References;
import org.refkeeper.restore.OfflineCopy;
import org.refkeeper.restore.RestoreResult;
import org.refkeeper.run.CaptureRun;
import org.refkeeper.run.ImportReport;
import org.refkeeper.run.ImportedPages;
import org.refkeeper.run.RunListener;
import org.refkeeper.run.RunPlan;
import org.refkeeper.run.WorkerBrowser;
import org.refkeeper.store.ArchiveStore;
import org.refkeeper.store.RunReport;
import org.refkeeper.store.SourceRecord;
import org.refkeeper.verify.VerifyArchive;
import org.refkeeper.verify.VerifyReport;
import org.refkeeper.wacz.ExportSummary;
import org.refkeeper.wacz.WaczExport;
import org.refkeeper.web.WebUi;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The archive as a library: every command of the command line, without the command line. A run takes the
 * archive's lock for its duration; reading commands share one read-only view, opened on first use.
 */
public final class Archive implements AutoCloseable {
    private final Path root;
    private final Clock clock;
    private ArchiveStore reader;
    private ArchiveHistory history;

    private Archive(Path root, Clock clock) {
        this.root = root;
        this.clock = clock;
    }

    public static Archive open(Path root) {
        return open(root, Clock.systemUTC());
    }

    /** @param clock what runs, commits and exports read the time from (tests pass a fixed or stepping one) */
    public static Archive open(Path root, Clock clock) {
        return new Archive(root.toAbsolutePath().normalize(), clock);
    }

    public Path root() {
        return root;
    }

    /** The references the notes cite; needs no archive. */
    public static References refs(List<Path> notes) throws IOException {
        return Notes.scan(notes);
    }

    /**
     * Checks the chosen sources and commits the run, with what runs that ended before committing found. Only
     * failures of the run as a whole (the archive unwritable, Chromium unable to start) throw; a source that
     * fails is an {@code error} line of the report.
     */
    public RunReport run(RunOptions options, RunListener listener) throws IOException {
        closeReader();
        try (ArchiveStore store = ArchiveStore.openForWriting(root, clock)) {
            References refs = CaptureRun.scanNotes(store, options.notes(), options.selection());
            long delay = options.hostDelayMillis().orElse(store.settings().hostDelayMillis());
            RunPlan plan = new RunPlan(options.browser().concurrency(), delay, options.retries(), options.selection());
            return new CaptureRun(store, refs, () -> new WorkerBrowser(options.browser(), clock), plan, listener,
                    clock).call();
        }
    }

    /** Every source with its state after the latest run that checked it. */
    public List<SourceStatus> status() throws IOException {
        return history().status();
    }

    /** The runs, oldest first, each with the commit that holds it. */
    public List<RunReport> runs() throws IOException {
        return history().runs();
    }

    /** One source's transitions, oldest first. */
    public SourceHistory history(String source) throws IOException {
        return history().history(source);
    }

    /** The source a user names: by id, canonical URL or URL as cited. */
    public SourceRecord source(String source) throws IOException {
        return history().source(source);
    }

    // --- restore and serve: methods for the restore package's offline copies and web UI go here ---

    /**
     * An offline copy of a source in {@code to}: its last good capture, or with {@code at} (a date, run id or
     * commit) the capture that was its last good one then. {@code to} must be new, empty or an earlier restore.
     */
    public RestoreResult restore(String source, Optional<String> at, Path to, boolean keepScripts) throws IOException {
        SourceStatus now = history().statusOf(source);
        return OfflineCopy.restore(reader(), history().source(now.id()), at, now.state(), to, keepScripts);
    }

    /**
     * Serves the web UI over this archive until closed: sources, history, diffs, and each capture restored on
     * demand on a second, locked-down origin.
     */
    public WebUi serve(InetSocketAddress address) throws IOException {
        return WebUi.start(address, reader());
    }

    /**
     * What changed in a source's main text between two captures. Without {@code from} and {@code to}: its last
     * two captures. WHEN is a date, a run id or a commit.
     */
    public SourceDiff diff(String source, Optional<String> from, Optional<String> to) throws IOException {
        return history().diff(source, from, to);
    }

    // --- export, import and verify go here ---

    /**
     * Brings the pages of WARC and WACZ files written by other tools into the archive as one run: each page is
     * judged and stored like a browser capture of it, dated when the file says it was captured. A file that
     * cannot be read is reported in the result and does not stop the others.
     *
     * @throws BadInputException when no file holds a page to import
     */
    public ImportReport importFiles(List<Path> files, RunListener listener) throws IOException {
        closeReader();
        ImportedPages pages = ImportedPages.read(files);
        try (ArchiveStore store = ArchiveStore.openForWriting(root, clock)) {
            pages.dropOlderThanArchive(store);
            RunReport run = new CaptureRun(store, pages.references(), () -> pages.capturer(clock), 1, 0, listener,
                    clock).call();
            return new ImportReport(run, pages.rejected(), pages.skipped());
        }
    }

    /** Writes a WACZ of the named sources (all when none are named) to {@code file}, and nothing else. */
    public ExportSummary exportWacz(Path file, List<String> sources) throws IOException {
        ArchiveStore store = reader();
        Set<SourceRecord> chosen = new LinkedHashSet<>(sources.isEmpty() ? store.sources() : List.of());
        for (String source : sources) {
            chosen.add(history().source(source));
        }
        if (chosen.isEmpty()) {
            throw new BadInputException(root + ": no sources yet; nothing to export");
        }
        return new WaczExport(root, store.index(), clock).write(file, List.copyOf(chosen));
    }

    /** Checks every digest, every index line, the repository, and that every source's captures are there. */
    public VerifyReport verify() throws IOException {
        return VerifyArchive.check(reader());
    }

    private ArchiveStore reader() throws IOException {
        if (reader == null) {
            reader = ArchiveStore.openForReading(root);
            history = new ArchiveHistory(reader);
        }
        return reader;
    }

    private ArchiveHistory history() throws IOException {
        reader();
        return history;
    }

    private void closeReader() throws IOException {
        if (reader != null) {
            reader.close();
            reader = null;
            history = null;
        }
    }

    @Override
    public void close() throws IOException {
        closeReader();
    }
}
