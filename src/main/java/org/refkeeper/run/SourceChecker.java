package org.refkeeper.run;

import org.refkeeper.capture.Capture;
import org.refkeeper.notes.Citation;
import org.refkeeper.notes.Reference;
import org.refkeeper.store.ArchiveStore;
import org.refkeeper.store.Json;
import org.refkeeper.store.Layout;
import org.refkeeper.store.RunEntry;
import org.refkeeper.store.SourceRecord;
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
 * Checks one source: capture, judge, and, when the capture is a good one with new content, write its bundle,
 * index lines, content.md and source.json. A failure here becomes the source's {@code error} state; it never
 * stops the run and never touches what the archive already keeps.
 */
final class SourceChecker {
    private final ArchiveStore store;
    private final String runId;
    private final Judge judge;
    private final Map<String, State> previousStates;
    private final NotePaths notePaths;
    private final Clock clock;
    private final Object writeLock = new Object();

    SourceChecker(ArchiveStore store, String runId, Judge judge, Map<String, State> previousStates,
                  NotePaths notePaths, Clock clock) throws IOException {
        this.store = store;
        this.runId = runId;
        this.judge = judge;
        this.previousStates = previousStates;
        this.notePaths = notePaths;
        this.clock = clock;
    }

    RunEntry check(Reference ref, Capturer browser) {
        String id = ref.id().toString();
        Optional<SourceRecord> old = Optional.empty();
        try {
            old = store.source(id);
            Capture capture = browser.capture(ref.url());
            Assessment a = judge.assess(capture);
            if (a.outcome() == Outcome.GONE && a.movedTo().isPresent()) {
                // the site announced a move (WeChat account migration): the article lives on at the new link
                Capture moved = browser.capture(a.movedTo().get());
                Assessment b = judge.assess(moved);
                if (b.outcome() == Outcome.GOOD || b.outcome() == Outcome.UNREAD) {
                    capture = moved;
                    a = b.withMovedTo(a.movedTo());
                }
            }
            Verdict v = Verdicts.decide(a, old.map(o -> new Previous(o.state(),
                    o.lastGood().map(g -> g.fingerprint()))));
            return record(ref, old, capture, a, v, browser);
        } catch (IOException | RuntimeException e) {
            return errorEntry(ref, old, e);
        }
    }

    private RunEntry record(Reference ref, Optional<SourceRecord> old, Capture capture, Assessment a, Verdict v,
                            Capturer browser)
            throws IOException {
        String id = ref.id().toString();
        Optional<String> bundle = Optional.empty();
        synchronized (writeLock) {
            if (v.keep()) { // new, changed, or a page its site rule could not read (Verdicts)
                String rel = Layout.newBundle(store.root(), ref.id().slug(), capture.started());
                Bundle written = browser.write(store.root(), rel, store.index(), capture, a.mainText(),
                        metadata(ref, capture, a, v));
                store.addToIndex(written.lines());
                store.saveContent(id, ContentPage.render(a.title().isBlank() ? ref.title() : a.title(), ref.url(), a.mainText()));
                bundle = Optional.of(rel);
            }
            SourceRecord updated = SourceUpdate.apply(old, id, ref.url(), citations(ref, old),
                    capture.started(), a, v, bundle, capture.finalUrl());
            store.saveSource(updated);
        }
        String title = ref.title().isBlank() ? (a.title().isBlank() ? old.map(SourceRecord::title).orElse("") : a.title())
                : ref.title();
        return new RunEntry(id, ref.url(), title, v.state(), previous(id, old), a.httpStatus(),
                v.reason(), v.reappeared(), v.movedTo(), bundle, a.title(),
                !a.title().isBlank() && !ref.title().isBlank() && Verdicts.titleDiffers(ref.title(), a.title()));
    }

    private String metadata(Reference ref, Capture capture, Assessment a, Verdict v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("software", "refkeeper");
        m.put("run", runId);
        m.put("source", ref.id().toString());
        m.put("url", ref.url());
        m.put("finalUrl", capture.finalUrl());
        m.put("redirects", capture.redirects());
        m.put("httpStatus", a.httpStatus());
        m.put("state", v.state().label());
        m.put("reason", v.reason());
        m.put("title", a.title());
        m.put("fingerprint", a.fingerprint());
        m.put("citations", ref.citations());
        return Json.write(m);
    }

    private RunEntry errorEntry(Reference ref, Optional<SourceRecord> old, Exception e) {
        String id = ref.id().toString();
        String reason = "refkeeper failed: " + (e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse(""));
        try {
            synchronized (writeLock) {
                Verdict v = new Verdict(State.ERROR, reason, false, Optional.empty());
                Assessment none = new Assessment(Outcome.BROKEN, reason, 0, "", "", "", Optional.empty());
                store.saveSource(SourceUpdate.apply(old, id, ref.url(), citations(ref, old),
                        clock.instant(), none, v, Optional.empty(), ref.url()));
            }
        } catch (IOException | RuntimeException ignored) {
            // the run report still records the error; source.json stays as it was
        }
        return new RunEntry(id, ref.url(), ref.title(), State.ERROR, previous(id, old), 0, reason, false,
                Optional.empty(), Optional.empty(), "", false);
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
