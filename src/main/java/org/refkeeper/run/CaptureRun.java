package org.refkeeper.run;

import org.refkeeper.io.BadInputException;
import org.refkeeper.notes.Notes;
import org.refkeeper.sources.References;
import org.refkeeper.sites.SiteRules;
import org.refkeeper.store.ArchiveStore;
import org.refkeeper.store.CommitMessage;
import org.refkeeper.folder.Layout;
import org.refkeeper.store.ReportPage;
import org.refkeeper.report.LatestChecks;
import org.refkeeper.report.RunEntry;
import org.refkeeper.report.RunReport;
import org.refkeeper.folder.Settings;
import org.refkeeper.verdict.Judge;
import org.refkeeper.verdict.State;
import org.refkeeper.verdict.Verdicts;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One run: report what runs that died before committing found, check the chosen sources on worker threads (a
 * capturer each, e.g. a browser in the run's shared Chromium; one page per host at a time), then write the run report and REPORT.md and commit. Sources are
 * written as they are judged, so a run that dies leaves every finished source in place for the next run to commit
 * and report. Nothing thrown while checking one source stops the others.
 */
public final class CaptureRun {
    private final ArchiveStore store;
    private final References refs;
    private final Capturer.Factory capturers;
    private final RunPlan plan;
    private final RunListener listener;
    private final Clock clock;

    /**
     * @param capturers one capturer for each worker thread
     * @param clock     what the run reads the time from: run ids, dates in reports and in git
     */
    public CaptureRun(ArchiveStore store, References refs, Capturer.Factory capturers, RunPlan plan,
                      RunListener listener, Clock clock) {
        this.store = store;
        this.refs = refs;
        this.capturers = capturers;
        this.plan = plan;
        this.listener = listener;
        this.clock = clock;
    }

    /** Every source, each checked once. */
    public CaptureRun(ArchiveStore store, References refs, Capturer.Factory capturers, int concurrency,
                      long hostDelayMillis, RunListener listener, Clock clock) {
        this(store, refs, capturers, RunPlan.once(concurrency, hostDelayMillis), listener, clock);
    }

    /**
     * Records the notes a run was given, so that later runs read them too, once {@code refs} (what they cite) is
     * known to hold what {@code selection} names: a wrong SOURCE records nothing.
     */
    public static References recordNotes(ArchiveStore store, List<Path> given, References refs, Selection selection)
            throws IOException {
        selection.check(refs);
        store.saveSettings(store.settings().withNotes(given.stream().map(p -> p.toAbsolutePath().normalize().toString()).toList()));
        return refs;
    }

    /** Reads the notes that the archive's settings record, checked against {@code selection}. */
    public static References recordedNotes(ArchiveStore store, Selection selection) throws IOException {
        Settings settings = store.settings();
        if (settings.notes().isEmpty()) {
            throw new BadInputException(store.root() + ": the archive records no notes yet; run 'refkeeper run NOTES...' once");
        }
        References refs = Notes.scan(settings.notes().stream().map(Path::of).toList());
        selection.check(refs);
        return refs;
    }

    public RunReport call() throws IOException {
        Instant started = clock.instant();
        List<RunEntry> found = Recovery.recover(store);
        Settings settings = store.settings();
        Set<String> ids = new HashSet<>();
        refs.sources().forEach(r -> ids.add(r.id().toString()));
        found.forEach(e -> ids.add(e.id()));
        LatestChecks latest = store.latestChecks(ids); // from the last commit's snapshot: no report read
        Map<String, State> previous = new HashMap<>();
        latest.entries().forEach((id, e) -> previous.put(id, e.state()));
        List<RunEntry> recovered = new ArrayList<>();
        for (RunEntry e : found) {
            // told against what the last committed run said, each finding after the one before
            recovered.add(e.withPrevious(Optional.ofNullable(previous.get(e.id())).or(e::previous)));
            previous.put(e.id(), e.state());
        }
        References chosen = plan.selection().choose(refs, latest.checked(), started);
        String runId = store.newRunId(started);
        SourceChecker checker = new SourceChecker(store, runId, new Judge(siteRules(settings)), previous,
                new NotePaths(store.root().toAbsolutePath().getParent()), FullChecks.of(plan.fullCheckEvery() > 1 ? store.checkCounts() : Map.of(), plan.fullCheckEvery()), clock);
        listener.started(runId, chosen.sources().size());
        List<RunEntry> own = Arrays.stream(checkAll(chosen, checker)).filter(Objects::nonNull).toList();
        RunReport report = new RunReport(runId, started, clock.instant(), Optional.empty(), counts(own), own,
                onceEach(recovered, own));
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

    /**
     * What dead runs found, in the order the notes cite the sources; a finding that this run's own check of the
     * source tells again is told once, by this run.
     */
    private List<RunEntry> onceEach(List<RunEntry> recovered, List<RunEntry> own) {
        List<String> order = refs.sources().stream().map(r -> r.id().toString()).toList();
        return recovered.stream().filter(r -> own.stream().noneMatch(e -> e.id().equals(r.id())
                        && e.state() == r.state() && e.isNews()))
                .sorted(Comparator.comparingInt(r -> order.contains(r.id()) ? order.indexOf(r.id()) : order.size()))
                .toList();
    }

    private RunEntry[] checkAll(References chosen, SourceChecker checker) throws IOException {
        RunEntry[] entries = new RunEntry[chosen.sources().size()];
        HostQueue queue = new HostQueue(chosen.sources(), plan.hostDelayMillis());
        Workers workers = new Workers(queue, checker, entries, capturers, plan, listener, clock);
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < Math.min(plan.concurrency(), entries.length); w++) {
            Thread t = new Thread(workers::work, "refkeeper-capture-" + w);
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                queue.stop();
                throw new IOException("run interrupted", e);
            }
        }
        if (workers.launchFailure().isPresent()) {
            throw workers.launchFailure().get();
        }
        return entries;
    }

    private static Map<State, Integer> counts(List<RunEntry> entries) {
        Map<State, Integer> counts = new EnumMap<>(State.class);
        for (State s : State.values()) {
            counts.put(s, 0);
        }
        entries.forEach(e -> counts.merge(e.state(), 1, Integer::sum));
        return counts;
    }
}
