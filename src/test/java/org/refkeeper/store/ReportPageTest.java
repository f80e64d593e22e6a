package org.refkeeper.store;

import org.refkeeper.report.GoodCapture;
import org.refkeeper.report.RunReport;
import org.refkeeper.report.SourceRecord;
import org.junit.jupiter.api.Test;
import org.refkeeper.citations.Citation;
import org.refkeeper.verdict.State;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportPageTest {
    private static final RunReport RUN = new RunReport("20261129T120000Z", Instant.EPOCH, Instant.EPOCH,
            Optional.empty(), Map.of(State.VANISHED, 1), List.of());

    @Test
    void aVanishedSourceShowsWhenItWentWhyAndWhereItsLastGoodCopyIs() {
        String md = ReportPage.render(RUN, List.of(source(State.VANISHED, "此内容因违规无法查看", "A title")), (a, b) -> false);
        assertTrue(md.contains("## Vanished (1)"), md);
        assertTrue(md.contains("**A title** — vanished since 2026-11-20 08:00 UTC (此内容因违规无法查看)"), md);
        assertTrue(md.contains("last good capture: 2026-11-01 08:00 UTC · [main text](sources/mp.weixin.qq.com/x/content.md)"), md);
        assertTrue(md.contains("cited in: notes/a.md:12"), md);
        assertTrue(md.startsWith("# refkeeper report\n\nLast run: 20261129T120000Z"), md);
    }

    @Test
    void aSourceWhoseLiveTitleDiffersFromTheCitedOneIsFlagged() {
        String md = ReportPage.render(RUN, List.of(source(State.NEW, "first good capture", "Another article")),
                (cited, live) -> !cited.equals(live));
        assertTrue(md.contains("⚠ the page now shows another title: **Another article**"), md);
    }

    @Test
    void aNewSourceSaysWhyWhenThereIsMoreToSayThanThatItIsNew() {
        String unread = "kept unread: main content missing: [wechat reader, #js_content]; no known notice either "
                + "(the site rule for mp.weixin.qq.com may need an update)";
        String md = ReportPage.render(RUN, List.of(source(State.NEW, unread, "A title")), (a, b) -> false);
        String plain = ReportPage.render(RUN, List.of(source(State.NEW, "first good capture", "A title")), (a, b) -> false);

        assertTrue(md.contains("— new since 2026-11-20 08:00 UTC (" + unread + ")"), md);
        assertTrue(plain.contains("— new since 2026-11-20 08:00 UTC  \n"), plain);
    }

    private static SourceRecord source(State state, String reason, String liveTitle) {
        return new SourceRecord("mp.weixin.qq.com/x", "https://mp.weixin.qq.com/s/x",
                List.of(new Citation("notes/a.md", 12, "A title", "Reading", "https://mp.weixin.qq.com/s/x")),
                state, Instant.parse("2026-11-20T08:00:00Z"), reason, liveTitle, Optional.empty(),
                Optional.of(new GoodCapture(Instant.parse("2026-11-01T08:00:00Z"), "captures/2026/11/x.warc.gz", "f", 200,
                        "https://mp.weixin.qq.com/s/x")), List.of("captures/2026/11/x.warc.gz"));
    }
}
