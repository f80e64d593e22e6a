package org.refkeeper.run;

import org.refkeeper.page.Capture;
import org.refkeeper.page.Failure;
import org.refkeeper.page.Glance;
import org.refkeeper.citations.Citation;
import org.refkeeper.sources.Reference;
import org.refkeeper.store.ArchiveStore;
import org.refkeeper.report.Json;
import org.refkeeper.folder.Layout;
import org.refkeeper.report.RunEntry;
import org.refkeeper.report.SourceRecord;
import org.refkeeper.verdict.Assessment;
import org.refkeeper.verdict.Judge;
import org.refkeeper.verdict.Outcome;
import org.refkeeper.verdict.Previous;
import org.refkeeper.verdict.State;
import org.refkeeper.verdict.Verdict;
import org.refkeeper.verdict.Verdicts;
import org.refkeeper.warc.Bundle;

import java.io.IOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks one source in two steps: {@link #judge} captures and judges it, writing nothing; {@link #record} then
 * writes what the judgement keeps: for a good capture with new content its bundle, index lines and content.md,
 * and source.json. Whatever goes wrong in either step becomes the source's {@code error} state with the reason;
 * it never stops the run and never touches what the archive already keeps. Errors of the JVM itself
 * (a stack overflow, memory running out) pass through to the worker, which reports them with {@link #failed}.
 */
final class SourceChecker {
    private final ArchiveStore store;
    private final String runId;
    private final Judge judge;
    private final Map<String, State> previousStates;
    private final NotePaths notePaths;
    private final Clock clock;
    private final FullChecks fullChecks;
    private final Object writeLock = new Object();

    SourceChecker(ArchiveStore store, String runId, Judge judge, Map<String, State> previousStates,
                  NotePaths notePaths, FullChecks fullChecks, Clock clock) {
        this.store = store;
        this.fullChecks = fullChecks;
        this.runId = runId;
        this.judge = judge;
        this.previousStates = previousStates;
        this.notePaths = notePaths;
        this.clock = clock;
    }

    /** Captures and judges the source; writes nothing. */
    Judgement judge(Reference ref, Capturer browser) {
        Optional<SourceRecord> old = Optional.empty();
        String doing = "reading its source.json";
        try {
            old = store.source(ref.id().toString());
            Optional<QuickCheck> quick = quickCheck(ref, old);
            doing = "capturing";
            Capture capture = browser.capture(ref.url(), quick.isPresent() ? quick.get() : Glance.NONE);
            if (quick.isPresent() && quick.get().settled()) {
                return quickJudgement(ref, old.orElseThrow(), capture, quick.get(), browser);
            }
            doing = "judging";
            Assessment a = judge.assess(capture);
            if (a.outcome() == Outcome.GONE && a.movedTo().isPresent()) {
                // the site announced a move (WeChat account migration): the article lives on at the new link
                doing = "capturing where it moved";
                Capture moved = browser.capture(a.movedTo().get());
                doing = "judging";
                Assessment b = judge.assess(moved);
                if (b.outcome() == Outcome.GOOD || b.outcome() == Outcome.UNREAD) {
                    capture = moved;
                    a = b.withMovedTo(a.movedTo());
                }
            }
            Verdict v = Verdicts.decide(a, old.map(SourceChecker::previous));
            return new Judgement(ref, old, capture, a, v, browser);
        } catch (IOException | RuntimeException e) {
            return error(ref, old, Failures.describe(e, doing));
        }
    }

    /** A check a quick look settled: the content is the last good capture's, so is its fingerprint. */
    private static Judgement quickJudgement(Reference ref, SourceRecord old, Capture capture, QuickCheck quick,
                                            Capturer browser) {
        Assessment a = quick.assessment(old.lastGood().orElseThrow().fingerprint());
        Verdict v = Verdicts.decide(a, Optional.of(previous(old)));
        return new Judgement(ref, Optional.of(old), capture, a, new Verdict(v.state(),
                "main text and picture addresses unchanged (quick check)", v.reappeared(), v.movedTo(), v.keep()),
                browser, true);
    }

    private static Previous previous(SourceRecord o) {
        return new Previous(o.state(), o.lastGood().map(g -> g.fingerprint()));
    }

    /**
     * A quick check against the last good capture, when one may settle this check: the source's last check found
     * it good, the text its site rule read is at hand, and no full check is due.
     */
    private Optional<QuickCheck> quickCheck(Reference ref, Optional<SourceRecord> old) throws IOException {
        if (old.isEmpty() || !old.get().state().good() || old.get().lastGood().isEmpty()
                || old.get().lastGood().get().fingerprint().startsWith("unread:") || fullChecks.due(ref.id().toString())) {
            return Optional.empty();
        }
        return store.content(ref.id().toString()).flatMap(page -> ContentPage.mainText(page, ref.url()))
                .map(text -> QuickCheck.against(judge, text));
    }

    /** Writes what the judgement keeps and gives its line in the run report. */
    RunEntry record(Judgement j) {
        try {
            return write(j);
        } catch (IOException | RuntimeException e) {
            Judgement failed = error(j.ref(), j.old(), Failures.describe(e, "writing its files"));
            try {
                return write(failed);
            } catch (IOException | RuntimeException again) {
                return entry(failed, Optional.empty()); // the run report still names it; source.json stays as it was
            }
        }
    }

    /** A source that could not be checked because of {@code t}: {@code error}, written as far as it can be. */
    RunEntry failed(Reference ref, Throwable t) {
        Optional<SourceRecord> old = Optional.empty();
        String reason = Failures.describe(t, "checking it");
        try {
            old = store.source(ref.id().toString());
            return record(error(ref, old, reason));
        } catch (IOException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return entry(error(ref, old, reason), Optional.empty());
        }
    }

    /** A source the run leaves alone because its host asked for that: reported, and written, as {@code state}. */
    RunEntry leftAlone(Reference ref, State state, String reason) {
        try {
            Optional<SourceRecord> old = store.source(ref.id().toString());
            Assessment none = new Assessment(state == State.BLOCKED ? Outcome.WALL : Outcome.TEMPORARY, reason, 0,
                    "", "", "", Optional.empty());
            Capture nothing = Capture.failed(ref.url(), clock.instant(), new Failure(Failure.Kind.CONNECTION, reason));
            return record(new Judgement(ref, old, nothing, none, new Verdict(state, reason, false, Optional.empty()), Capturer.NONE));
        } catch (IOException | RuntimeException e) {
            return record(error(ref, Optional.empty(), Failures.describe(e, "reading its source.json")));
        }
    }

    private RunEntry write(Judgement j) throws IOException {
        Reference ref = j.ref();
        Capture capture = j.capture();
        Assessment a = j.assessment();
        Verdict v = j.verdict();
        String id = ref.id().toString();
        Optional<String> bundle = Optional.empty();
        synchronized (writeLock) {
            if (v.keep()) { // new, changed, or a page its site rule could not read (Verdicts)
                String rel = Layout.newBundle(store.root(), ref.id().slug(), capture.started());
                Bundle written = j.capturer().write(store.root(), rel, store.index(), capture, a.mainText(),
                        metadata(j));
                store.addToIndex(written.lines());
                store.saveContent(id, ContentPage.render(a.title().isBlank() ? ref.title() : a.title(), ref.url(), a.mainText()));
                bundle = Optional.of(rel);
            }
            SourceRecord updated = SourceUpdate.apply(j.old(), id, ref.url(), citations(ref, j.old()),
                    capture.started(), a, v, bundle, capture.finalUrl());
            store.saveSource(updated);
        }
        return entry(j, bundle);
    }

    private RunEntry entry(Judgement j, Optional<String> bundle) {
        Reference ref = j.ref();
        Assessment a = j.assessment();
        Verdict v = j.verdict();
        String title = ref.title().isBlank() ? (a.title().isBlank() ? j.old().map(SourceRecord::title).orElse("") : a.title())
                : ref.title();
        return new RunEntry(ref.id().toString(), ref.url(), title, v.state(), previous(ref.id().toString(), j.old()),
                a.httpStatus(), v.reason(), v.reappeared(), v.movedTo(), bundle, a.title(),
                !a.title().isBlank() && !ref.title().isBlank() && Verdicts.titleDiffers(ref.title(), a.title()),
                j.capture().omissions(), j.quick() ? RunEntry.QUICK : j.capturer().loadsPages() ? RunEntry.FULL : "");
    }

    private String metadata(Judgement j) {
        Capture capture = j.capture();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("software", "refkeeper");
        m.put("run", runId);
        m.put("source", j.ref().id().toString());
        m.put("url", j.ref().url());
        m.put("finalUrl", capture.finalUrl());
        m.put("redirects", capture.redirects());
        m.put("httpStatus", j.assessment().httpStatus());
        m.put("state", j.verdict().state().label());
        m.put("reason", j.verdict().reason());
        m.put("title", j.assessment().title());
        m.put("fingerprint", j.assessment().fingerprint());
        m.put("citations", j.ref().citations());
        if (!capture.omissions().isEmpty()) {
            m.put("omissions", capture.omissions());
        }
        return Json.write(m);
    }

    private Judgement error(Reference ref, Optional<SourceRecord> old, String reason) {
        Capture nothing = Capture.failed(ref.url(), clock.instant(), new Failure(Failure.Kind.BROWSER, reason));
        Assessment none = new Assessment(Outcome.BROKEN, reason, 0, "", "", "", Optional.empty());
        return new Judgement(ref, old, nothing, none, new Verdict(State.ERROR, reason, false, Optional.empty()), Capturer.NONE);
    }

    /** An import cites nothing: a source it brings keeps the citations the notes gave it. */
    private List<Citation> citations(Reference ref, Optional<SourceRecord> old) {
        if (ref.citations().isEmpty()) {
            return old.map(SourceRecord::citations).orElse(List.of());
        }
        return notePaths.normalise(ref.citations());
    }

    private Optional<State> previous(String id, Optional<SourceRecord> old) {
        return Optional.ofNullable(previousStates.get(id)).or(() -> old.map(SourceRecord::state));
    }
}
