package org.refkeeper.run;

import org.refkeeper.io.BadInputException;
import org.refkeeper.notes.Notes;
import org.refkeeper.notes.Reference;
import org.refkeeper.notes.References;
import org.refkeeper.sites.SiteRules;
import org.refkeeper.store.ArchiveStore;
import org.refkeeper.store.CommitMessage;
import org.refkeeper.store.Layout;
import org.refkeeper.store.ReportPage;
import org.refkeeper.store.RunEntry;
import org.refkeeper.store.RunReport;
import org.refkeeper.store.Settings;
import org.refkeeper.verdict.Judge;
import org.refkeeper.verdict.State;
import org.refkeeper.verdict.Verdicts;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One run: read the notes, check every source on worker threads (one Chromium each), then write the run
 * report and REPORT.md and commit. Sources are written as they are judged, so a run that dies leaves every
 * finished source in place for the next run to commit.
 */
public final class CaptureRun {
    private final ArchiveStore store;
    private final References refs;
    private final Capturer.Factory capturers;
    private final int concurrency;
    private final HostPacer pacer;
    private final RunListener listener;
    private final Clock clock;

    /**
     * @param capturers       one capturer for each worker thread
     * @param hostDelayMillis the least time between two page loads on one host
     * @param clock           what the run reads the time from: run ids, dates in reports and in git
     */
    public CaptureRun(ArchiveStore store, References refs, Capturer.Factory capturers, int concurrency,
                      long hostDelayMillis, RunListener listener, Clock clock) {
        this.store = store;
        this.refs = refs;
        this.capturers = capturers;
        this.concurrency = concurrency;
        this.pacer = new HostPacer(hostDelayMillis);
        this.listener = listener;
        this.clock = clock;
    }

    /** Records the notes a run was given, so that later runs read them too; {@code refs} is what they cite. */
    public static References recordNotes(ArchiveStore store, List<Path> given, References refs) throws IOException {
        store.saveSettings(store.settings().withNotes(given.stream().map(p -> p.toAbsolutePath().normalize().toString()).toList()));
        return refs;
    }

    /** Reads the notes that the archive's settings record. */
    public static References recordedNotes(ArchiveStore store) throws IOException {
        Settings settings = store.settings();
        if (settings.notes().isEmpty()) {
            throw new BadInputException(store.root() + ": the archive records no notes yet; run 'refkeeper run NOTES...' once");
        }
        return Notes.scan(settings.notes().stream().map(Path::of).toList());
    }

    public RunReport call() throws IOException {
        Instant started = clock.instant();
        Settings settings = store.settings();
        String runId = store.newRunId(started);
        SourceChecker checker = new SourceChecker(store, runId,
                new Judge(siteRules(settings)), previousStates(),
                new NotePaths(store.root().toAbsolutePath().getParent()), clock);
        listener.started(runId, refs.sources().size());
        RunEntry[] entries = checkAll(refs.sources(), checker);
        RunReport report = new RunReport(runId, started, clock.instant(), Optional.empty(),
                counts(entries), List.of(entries));
        store.saveRun(report);
        store.saveReport(ReportPage.render(report, store.sources(), Verdicts::titleDiffers));
        return report.withCommit(store.commit(CommitMessage.of(report)));
    }

    /** The built-in rules with the archive's own on top; a mistake in those is the user's to fix. */
    private SiteRules siteRules(Settings settings) throws BadInputException {
        try {
            return SiteRules.builtIn().withOverrides(settings.rules());
        } catch (IllegalArgumentException e) {
            throw new BadInputException(store.resolve(Layout.SETTINGS) + ": " + e.getMessage());
        }
    }

    private Map<String, State> previousStates() throws IOException {
        Map<String, State> out = new LinkedHashMap<>();
        store.latestRun().ifPresent(r -> r.sources().forEach(e -> out.put(e.id(), e.state())));
        return out;
    }

    private RunEntry[] checkAll(List<Reference> sources, SourceChecker checker) throws IOException {
        RunEntry[] entries = new RunEntry[sources.size()];
        ConcurrentLinkedQueue<Integer> queue = new ConcurrentLinkedQueue<>();
        for (int i = 0; i < sources.size(); i++) {
            queue.add(i);
        }
        AtomicInteger done = new AtomicInteger();
        AtomicReference<IOException> launchFailure = new AtomicReference<>();
        List<Thread> workers = new ArrayList<>();
        int n = Math.min(concurrency, sources.size());
        for (int w = 0; w < n; w++) {
            Thread t = new Thread(() -> {
                try (Capturer capturer = capturers.open()) {
                    Integer i;
                    while (launchFailure.get() == null && (i = queue.poll()) != null) {
                        Reference ref = sources.get(i);
                        pacer.awaitTurn(ref.id().host());
                        entries[i] = checker.check(ref, capturer);
                        listener.judged(entries[i], done.incrementAndGet(), sources.size());
                    }
                } catch (IOException e) {
                    launchFailure.compareAndSet(null, e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "refkeeper-capture-" + w);
            t.start();
            workers.add(t);
        }
        for (Thread t : workers) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("run interrupted", e);
            }
        }
        if (launchFailure.get() != null) {
            throw launchFailure.get();
        }
        return entries;
    }

    private static Map<State, Integer> counts(RunEntry[] entries) {
        Map<State, Integer> counts = new EnumMap<>(State.class);
        for (State s : State.values()) {
            counts.put(s, 0);
        }
        for (RunEntry e : entries) {
            counts.merge(e.state(), 1, Integer::sum);
        }
        return counts;
    }
}
