package org.refkeeper;

import org.refkeeper.notes.BadInputException;
import org.refkeeper.notes.Notes;
import org.refkeeper.notes.References;
import org.refkeeper.restore.ExportSummary;
import org.refkeeper.restore.VerifyArchive;
import org.refkeeper.restore.VerifyReport;
import org.refkeeper.restore.WaczExport;
import org.refkeeper.restore.ArchiveView;
import org.refkeeper.restore.CaptureRow;
import org.refkeeper.restore.OfflineCopy;
import org.refkeeper.restore.RestoreResult;
import org.refkeeper.restore.SourceRow;
import org.refkeeper.restore.WebUi;
import org.refkeeper.store.ArchiveStore;
import org.refkeeper.store.CommitInfo;
import org.refkeeper.store.History;
import org.refkeeper.store.Layout;
import org.refkeeper.store.RunEntry;
import org.refkeeper.store.RunReport;
import org.refkeeper.store.SourceHistory;
import org.refkeeper.store.SourceRecord;
import org.refkeeper.verdict.Verdicts;
import org.refkeeper.warc.CdxjIndex;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The archive as a library: every command of the command line, without the command line. A run takes the
 * archive's lock for its duration; reading commands share one read-only view, opened on first use.
 */
public final class Archive implements AutoCloseable {
    private final Path root;
    private ArchiveStore reader;

    private Archive(Path root) {
        this.root = root;
    }

    public static Archive open(Path root) {
        return new Archive(root.toAbsolutePath().normalize());
    }

    public Path root() {
        return root;
    }

    /** The references the notes cite; needs no archive. */
    public static References refs(List<Path> notes) throws IOException {
        return Notes.scan(notes);
    }

    /** Checks every source and commits the run. */
    public RunReport run(RunOptions options, RunListener listener) throws IOException {
        closeReader();
        try (ArchiveStore store = ArchiveStore.openForWriting(root)) {
            References refs = CaptureRun.scanNotes(store, options.notes());
            long delay = options.hostDelayMillis().orElse(store.settings().hostDelayMillis());
            return new CaptureRun(store, refs, () -> new WorkerBrowser(options.browser()),
                    options.browser().concurrency(), delay, listener).call();
        }
    }

    /** Every source with its state after the latest run that checked it. */
    public List<SourceStatus> status() throws IOException {
        ArchiveStore store = reader();
        Map<String, RunEntry> latest = new HashMap<>();
        Map<String, Instant> checked = new HashMap<>();
        for (RunReport r : store.runs()) {
            for (RunEntry e : r.sources()) {
                latest.put(e.id(), e);
                checked.put(e.id(), r.started());
            }
        }
        List<SourceStatus> out = new ArrayList<>();
        for (SourceRecord s : store.sources()) {
            Optional<RunEntry> e = Optional.ofNullable(latest.get(s.id()));
            String state = e.map(RunEntry::state).orElse(s.state());
            String reason = e.map(RunEntry::reason).orElse(s.reason());
            boolean differs = !s.liveTitle().isBlank() && !s.citedTitles().isEmpty()
                    && Verdicts.titleDiffers(s.title(), s.liveTitle());
            out.add(new SourceStatus(s.id(), s.url(), s.lastGood().map(g -> g.finalUrl()).orElse(s.url()), s.title(),
                    s.liveTitle(), state, reason, Optional.ofNullable(checked.get(s.id())),
                    s.lastGood().map(g -> g.at()), s.captures().size(), s.movedTo(), differs, s.citations()));
        }
        return out;
    }

    /** The runs, oldest first, each with the commit that holds it. */
    public List<RunReport> runs() throws IOException {
        ArchiveStore store = reader();
        Map<String, String> commits = new HashMap<>();
        for (CommitInfo c : store.history().commits()) {
            History.runOf(c).ifPresent(run -> commits.putIfAbsent(run, c.sha()));
        }
        List<RunReport> out = new ArrayList<>();
        for (RunReport r : store.runs()) {
            out.add(commits.containsKey(r.run()) ? r.withCommit(commits.get(r.run())) : r);
        }
        return out;
    }

    /** One source's transitions, oldest first. */
    public SourceHistory history(String source) throws IOException {
        ArchiveStore store = reader();
        return store.history().of(SourceLookup.find(store.sources(), source).id());
    }

    /** The source a user names: by id, canonical URL or URL as cited. */
    public SourceRecord source(String source) throws IOException {
        return SourceLookup.find(reader().sources(), source);
    }

    // --- restore and serve: methods for the restore package's offline copies and web UI go here ---

    /**
     * An offline copy of a source in {@code to}: its last good capture, or with {@code at} (a date, run id or
     * commit) the capture that was its last good one then. {@code to} must be new, empty or an earlier restore.
     */
    public RestoreResult restore(String source, Optional<String> at, Path to, boolean keepScripts) throws IOException {
        ArchiveStore store = reader();
        SourceRecord s = SourceLookup.find(store.sources(), source);
        return OfflineCopy.restore(store, s, at, stateNow(s.id()), to, keepScripts);
    }

    /**
     * Serves the web UI over this archive until closed: sources, history, diffs, and each capture restored on
     * demand on a second, locked-down origin.
     */
    public WebUi serve(InetSocketAddress address) throws IOException {
        reader(); // no archive here: say so now rather than on the first page
        return WebUi.start(address, new ArchiveView() {
            @Override
            public List<SourceRow> sources() throws IOException {
                List<SourceRow> rows = new ArrayList<>();
                for (SourceStatus s : status()) {
                    rows.add(new SourceRow(s.id(), s.url(), s.title(), s.state(), s.lastGoodCapture(), s.captures(),
                            reader().content(s.id()).orElse(""),
                            s.citations().stream().map(c -> c.where()).distinct().toList()));
                }
                return rows;
            }

            @Override
            public SourceHistory history(String id) throws IOException {
                return Archive.this.history(id);
            }

            @Override
            public List<CaptureRow> captures(String id) throws IOException {
                return CaptureRow.of(reader(), source(id));
            }

            @Override
            public String diff(String id, String fromCommit, String toCommit) throws IOException {
                return Archive.this.diff(id, Optional.of(fromCommit), Optional.of(toCommit)).unified();
            }

            @Override
            public RestoreResult restore(String id, String commit, Path dir, boolean keepScripts) throws IOException {
                return Archive.this.restore(id, Optional.of(commit), dir, keepScripts);
            }
        });
    }

    private String stateNow(String id) throws IOException {
        return status().stream().filter(s -> s.id().equals(id)).map(SourceStatus::state).findFirst().orElse("");
    }

    /**
     * What changed in a source's main text between two captures. Without {@code from} and {@code to}: its last
     * two captures. WHEN is a date, a run id or a commit.
     */
    public SourceDiff diff(String source, Optional<String> from, Optional<String> to) throws IOException {
        ArchiveStore store = reader();
        return SourceDiffs.between(store.history(), SourceLookup.find(store.sources(), source), from, to);
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
        try (ArchiveStore store = ArchiveStore.openForWriting(root)) {
            pages.dropOlderThanArchive(store);
            RunReport run = new CaptureRun(store, pages.references(), pages::capturer, 1, 0, listener).call();
            return new ImportReport(run, pages.rejected(), pages.skipped());
        }
    }

    /** Writes a WACZ of the named sources (all when none are named) to {@code file}, and nothing else. */
    public ExportSummary exportWacz(Path file, List<String> sources) throws IOException {
        ArchiveStore store = reader();
        List<SourceRecord> all = store.sources();
        Set<SourceRecord> chosen = new LinkedHashSet<>(sources.isEmpty() ? all : List.of());
        for (String source : sources) {
            chosen.add(SourceLookup.find(all, source));
        }
        if (chosen.isEmpty()) {
            throw new BadInputException(root + ": no sources yet; nothing to export");
        }
        return new WaczExport(root, CdxjIndex.load(store.resolve(Layout.INDEX))).write(file, List.copyOf(chosen));
    }

    /** Checks every digest, every index line, the repository, and that every source's captures are there. */
    public VerifyReport verify() throws IOException {
        return VerifyArchive.check(reader());
    }

    ArchiveStore reader() throws IOException {
        if (reader == null) {
            reader = ArchiveStore.openForReading(root);
        }
        return reader;
    }

    private void closeReader() throws IOException {
        if (reader != null) {
            reader.close();
            reader = null;
        }
    }

    @Override
    public void close() throws IOException {
        closeReader();
    }
}
