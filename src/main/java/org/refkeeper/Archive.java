package org.refkeeper;

import org.refkeeper.history.ArchiveHistory;
import org.refkeeper.history.SourceDiff;
import org.refkeeper.history.SourceHistory;
import org.refkeeper.history.SourceStatus;
import org.refkeeper.index.CdxjIndex;
import org.refkeeper.io.BadInputException;
import org.refkeeper.notes.Notes;
import org.refkeeper.sources.References;
import org.refkeeper.publish.PublishOptions;
import org.refkeeper.publish.PublishSummary;
import org.refkeeper.publish.Publisher;
import org.refkeeper.restore.OfflineCopy;
import org.refkeeper.restore.RestoreResult;
import org.refkeeper.browsers.BrowserEndpoints;
import org.refkeeper.run.CaptureRun;
import org.refkeeper.imports.ImportReport;
import org.refkeeper.imports.ImportRun;
import org.refkeeper.imports.ImportedPages;
import org.refkeeper.browsers.RunBrowser;
import org.refkeeper.run.RunListener;
import org.refkeeper.run.RunPlan;
import org.refkeeper.store.ArchiveStore;
import org.refkeeper.folder.Layout;
import org.refkeeper.report.RunReport;
import org.refkeeper.report.SourceRecord;
import org.refkeeper.verify.VerifyArchive;
import org.refkeeper.verify.VerifyReport;
import org.refkeeper.wacz.ExportSummary;
import org.refkeeper.wacz.WaczExport;
import org.refkeeper.warc.ArchiveReader;
import org.refkeeper.web.WebUi;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
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
        // notes named now are read before the archive is touched: a bad note leaves nothing behind
        Optional<References> given = options.notes().isEmpty() ? Optional.empty() : Optional.of(Notes.scan(options.notes()));
        if (given.isEmpty() && !Files.isRegularFile(root.resolve(Layout.SETTINGS))) {
            throw new BadInputException(root + ": no archive here yet, so it records no notes; run 'refkeeper run NOTES...' once");
        }
        try (ArchiveStore store = ArchiveStore.openForWriting(root, clock)) {
            References refs = given.isPresent() ? CaptureRun.recordNotes(store, options.notes(), given.get(), options.selection())
                    : CaptureRun.recordedNotes(store, options.selection());
            refs.warnings().forEach(listener::warning);
            long delay = options.hostDelayMillis().orElse(store.settings().hostDelayMillis());
            RunPlan plan = new RunPlan(options.browser().concurrency(), delay, options.retries(), options.selection(),
                    options.full() ? 1 : store.settings().fullCheckInterval());
            try (RunBrowser chromium = new RunBrowser(options.browser())) {
                return new CaptureRun(store, refs, BrowserEndpoints.of(options.browser(), chromium, clock), plan,
                        listener, clock).call();
            }
        }
    }

    /**
     * Makes the folder an archive if it does not exist or is empty, and checks that it is one otherwise (an
     * archive of refkeeper 0.1.0 is upgraded); writes nothing else.
     *
     * @throws BadInputException when the folder holds something that is not a refkeeper archive
     */
    public void init() throws IOException {
        closeReader();
        ArchiveStore.openForWriting(root, clock).close();
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
     * Publishes the archive as a static site (the web UI's pages and sealed offline copies, linked so that the
     * folder works on any static host and from disk) and/or as a links file for static site generators.
     * Publishing again rewrites only the files whose bytes changed.
     */
    public PublishSummary publish(PublishOptions options) throws IOException {
        return new Publisher(reader(), history(), options).publish();
    }

    /**
     * What changed in a source's main text between two captures. Without {@code from} and {@code to}: its last
     * two captures. WHEN is a date, a run id or a commit.
     */
    public SourceDiff diff(String source, Optional<String> from, Optional<String> to) throws IOException {
        return history().diff(source, from, to);
    }

    /**
     * Brings the pages of WARC, ARC and WACZ files written by other tools into the archive: each page is judged
     * and stored like a browser capture of it, dated when the file says it was captured, its records copied as
     * they were. A file that cannot be read is reported in the result and does not stop the others.
     *
     * @throws BadInputException when no file holds a page to import; then nothing is written
     */
    public ImportReport importFiles(List<Path> files, RunListener listener) throws IOException {
        closeReader();
        if (!Files.isDirectory(root.resolve(".git"))) {
            // a new archive: read first, so that files without a page leave no archive behind
            try (ImportedPages pages = ImportedPages.read(files, new ArchiveReader(root, CdxjIndex.empty()));
                 ArchiveStore store = ArchiveStore.openForWriting(root, clock)) {
                return ImportRun.call(store, pages, listener, clock);
            }
        }
        try (ArchiveStore store = ArchiveStore.openForWriting(root, clock);
             ImportedPages pages = ImportedPages.read(files, new ArchiveReader(root, store.index()))) {
            return ImportRun.call(store, pages, listener, clock);
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
        return new WaczExport(store.root(), store.index(), clock).write(file, List.copyOf(chosen));
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
