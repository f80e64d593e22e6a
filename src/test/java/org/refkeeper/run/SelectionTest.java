package org.refkeeper.run;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refkeeper.io.BadInputException;
import org.refkeeper.sources.Reference;
import org.refkeeper.sources.References;
import org.refkeeper.store.ArchiveStore;
import org.refkeeper.report.RunEntry;
import org.refkeeper.report.RunReport;
import org.refkeeper.testing.PaperWeb;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 8, "Selection for big archives": run --only SOURCE... and run --stale-after DURATION. */
class SelectionTest {
    private static final Instant NOW = Instant.parse("2027-06-01T06:00:00Z");
    private static final Reference A = PaperWeb.cited("https://a.example/post?utm_source=x", "A", "notes/n.md", 1);
    private static final Reference B = PaperWeb.cited("https://b.example/post", "B", "notes/n.md", 2);
    private static final Reference C = PaperWeb.cited("https://c.example/post", "C", "notes/n.md", 3);
    private static final References REFS = new References(List.of(A, B, C), List.of());

    @TempDir
    Path root;

    @Test
    void onlyNamesSourcesByUrlAsCitedCanonicalUrlOrId() throws Exception {
        Selection byId = new Selection(List.of(C.id().toString(), "https://b.example/post"), Optional.empty());
        assertEquals(List.of(B, C), byId.choose(REFS, Map.of(), NOW).sources(), "in note order");
        Selection cited = new Selection(List.of("https://a.example/post?utm_source=x"), Optional.empty());
        assertEquals(List.of(A), cited.choose(REFS, Map.of(), NOW).sources());
        BadInputException unknown = assertThrows(BadInputException.class, () ->
                new Selection(List.of("https://d.example/none"), Optional.empty()).choose(REFS, Map.of(), NOW));
        assertEquals("--only https://d.example/none: the notes cite no such source; give a URL as cited or a source id"
                + " ('refkeeper refs' lists them)", unknown.getMessage());
    }

    @Test
    void staleAfterLeavesOutWhatARunCheckedLately() throws Exception {
        Map<String, Instant> checked = Map.of(A.id().toString(), NOW.minus(Duration.ofDays(10)),
                B.id().toString(), NOW.minus(Duration.ofDays(2)));
        Selection week = new Selection(List.of(), Optional.of(Duration.ofDays(7)));
        assertEquals(List.of(A, C), week.choose(REFS, checked, NOW).sources(), "C was never checked");
        Selection ages = new Selection(List.of(), Optional.of(Duration.ofDays(1_000_000_000)));
        assertEquals(List.of(C), ages.choose(REFS, checked, NOW).sources(), "longer than time: only the never checked");
    }

    @Test
    void aRunChecksOnlyTheChosenSourcesAndTheNextStaleRunTheOthers() throws Exception {
        PaperWeb web = new PaperWeb(Clock.systemUTC());
        for (Reference r : REFS.sources()) {
            web.article(r.url(), r.title(), "An article cited by the notes, long enough to be its main text.");
        }
        RunReport only = run(web, new Selection(List.of(B.url()), Optional.empty()), NOW);
        assertEquals(List.of(B.url()), only.sources().stream().map(RunEntry::url).toList());
        assertEquals(List.of(B.url()), web.captured());
        RunReport stale = run(web, new Selection(List.of(), Optional.of(Duration.ofHours(1))), NOW.plusSeconds(60));
        assertEquals(List.of(A.url(), C.url()), stale.sources().stream().map(RunEntry::url).toList());
        RunReport none = run(web, new Selection(List.of(), Optional.of(Duration.ofHours(1))), NOW.plusSeconds(120));
        assertTrue(none.sources().isEmpty());
        assertTrue(none.commit().isPresent(), "a run with nothing to check still commits its report");
    }

    private RunReport run(PaperWeb web, Selection selection, Instant at) throws Exception {
        Clock clock = Clock.fixed(at, ZoneOffset.UTC);
        try (ArchiveStore store = ArchiveStore.openForWriting(root, clock)) {
            return new CaptureRun(store, REFS, () -> web, new RunPlan(1, 0, Retries.NONE, selection), RunListener.NONE,
                    clock).call();
        }
    }
}
