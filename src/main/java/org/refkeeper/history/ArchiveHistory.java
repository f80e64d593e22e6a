package org.refkeeper.history;

import org.refkeeper.io.BadInputException;
import org.refkeeper.store.ArchiveStore;
import org.refkeeper.store.CommitInfo;
import org.refkeeper.store.CommitLog;
import org.refkeeper.report.LatestChecks;
import org.refkeeper.report.RunEntry;
import org.refkeeper.report.RunReport;
import org.refkeeper.report.SourceRecord;
import org.refkeeper.verdict.Verdicts;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What an archive knows of its sources and their past: the queries behind {@code status}, {@code log},
 * {@code diff} and the web UI. Reads only; one query at a time (the web UI calls it from several threads).
 */
public final class ArchiveHistory {
    private static final Pattern ID = Pattern.compile("[a-z0-9_-][a-z0-9._-]*/[A-Za-z0-9_-][A-Za-z0-9._-]*");
    private final ArchiveStore store;

    public ArchiveHistory(ArchiveStore store) {
        this.store = store;
    }

    /** Every source with its state after the latest run that checked it. */
    public synchronized List<SourceStatus> status() throws IOException {
        List<SourceRecord> sources = store.sources();
        LatestChecks latest = store.latestChecks(sources.stream().map(SourceRecord::id).collect(Collectors.toSet()));
        List<SourceStatus> out = new ArrayList<>();
        for (SourceRecord s : sources) {
            out.add(status(s, latest));
        }
        return out;
    }

    private static SourceStatus status(SourceRecord s, LatestChecks latest) {
        Optional<RunEntry> e = latest.entry(s.id());
        boolean differs = !s.liveTitle().isBlank() && !s.citedTitles().isEmpty()
                && Verdicts.titleDiffers(s.title(), s.liveTitle());
        return new SourceStatus(s.id(), s.url(), s.lastGood().map(g -> g.finalUrl()).orElse(s.url()), s.title(),
                s.liveTitle(), e.map(RunEntry::state).orElse(s.state()), e.map(RunEntry::reason).orElse(s.reason()),
                latest.checked(s.id()), s.lastGood().map(g -> g.at()), s.captures().size(),
                s.movedTo(), differs, s.citations(), Optional.ofNullable(s.since()));
    }

    /** Every note that cites a source, by path, with its citations in the order of the note. */
    public synchronized List<CitedNote> notes() throws IOException {
        return CitedNote.of(status());
    }

    /** The note at {@code path} as the archive records it (as {@code status} names it). */
    public synchronized CitedNote note(String path) throws IOException {
        return notes().stream().filter(n -> n.note().equals(path)).findFirst()
                .orElseThrow(() -> new BadInputException("no note '" + path + "' cites a source in the archive"));
    }

    /** The archive's newest commit; empty before the first run. */
    public synchronized Optional<String> head() throws IOException {
        return store.log().commits().stream().findFirst().map(CommitInfo::sha);
    }

    /** The runs, oldest first, each with the commit that holds it. */
    public synchronized List<RunReport> runs() throws IOException {
        Map<String, String> commits = new HashMap<>();
        for (CommitInfo c : store.log().commits()) {
            CommitLog.runOf(c).ifPresent(run -> commits.putIfAbsent(run, c.sha()));
        }
        List<RunReport> out = new ArrayList<>();
        for (RunReport r : store.runs()) {
            out.add(commits.containsKey(r.run()) ? r.withCommit(commits.get(r.run())) : r);
        }
        return out;
    }

    /** The source a user names: by id, canonical URL or URL as cited. */
    public synchronized SourceRecord source(String query) throws IOException {
        // an id names its own folder, and a URL's canonical form names its id: no need to read every source
        Optional<SourceRecord> direct = ID.matcher(query).matches() ? store.source(query) : Optional.empty();
        if (direct.isEmpty()) {
            direct = SourceLookup.idOf(query).flatMap(this::sourceIfPresent).filter(s -> SourceLookup.matches(s, query));
        }
        return direct.isPresent() ? direct.get() : SourceLookup.find(store.sources(), query);
    }

    private Optional<SourceRecord> sourceIfPresent(String id) {
        try {
            return store.source(id);
        } catch (IOException e) {
            return Optional.empty(); // the full search below reads it again, and says what is wrong
        }
    }

    /** One source's transitions, oldest first. */
    public synchronized SourceHistory history(String query) throws IOException {
        return SourceHistory.read(store.log(), source(query).id());
    }

    /**
     * What changed in a source's main text between two captures. Without {@code from} and {@code to}: its last
     * two captures. WHEN is a date, a run id or a commit.
     */
    public synchronized SourceDiff diff(String query, Optional<String> from, Optional<String> to) throws IOException {
        return SourceDiffs.between(store.log(), source(query), from, to);
    }

    /** Every committed capture of a source, oldest first. */
    public synchronized List<CaptureRow> captures(String query) throws IOException {
        return CaptureRow.of(store, source(query));
    }

    /** A source's state after the latest run that checked it. */
    public synchronized SourceStatus statusOf(String query) throws IOException {
        SourceRecord s = source(query);
        return status(s, store.latestChecks(Set.of(s.id())));
    }

    /** The main text of a source's last good capture ({@code content.md}); empty when it has none. */
    public synchronized String content(String id) throws IOException {
        return store.content(id).orElse("");
    }
}
