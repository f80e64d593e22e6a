package org.refkeeper.run;

import org.refkeeper.browsers.RunBrowser;
import org.refkeeper.browsers.WorkerBrowser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refkeeper.chromium.BrowserSettings;
import org.refkeeper.demo.LocalSite;
import org.refkeeper.sources.Reference;
import org.refkeeper.sources.References;
import org.refkeeper.store.ArchiveStore;
import org.refkeeper.report.RunEntry;
import org.refkeeper.report.RunReport;
import org.refkeeper.testing.BundleRecords;
import org.refkeeper.testing.Fixtures;
import org.refkeeper.testing.Pages;
import org.refkeeper.testing.PaperWeb;
import org.refkeeper.testing.WechatLike;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Workers that open their pages in one shared Chromium, each page in a context of its own, keep what workers with a
 * Chromium each keep: the same states, the same main texts, the same records (lazy WeChat pictures included).
 */
class SharedBrowserTest {
    private static final List<String> URLS = List.of(WechatLike.ARTICLE, Pages.SCRIPTED, Pages.GZIPPED,
            Pages.LATE_IMAGE, Pages.OLD, Pages.UNAVAILABLE);

    @TempDir
    Path dir;

    @Test
    void sharedChromiumWorkersKeepWhatAChromiumEachKeeps() throws Exception {
        try (LocalSite site = Fixtures.startSite()) {
            BrowserSettings settings = Fixtures.settings(site, Duration.ofSeconds(20), true).withConcurrency(3);
            Clock clock = Clock.systemUTC();
            Path own = dir.resolve("own");
            RunReport ownRun;
            try (ArchiveStore store = ArchiveStore.openForWriting(own, clock)) {
                ownRun = run(store, () -> new WorkerBrowser(settings, clock), clock);
            }
            Path shared = dir.resolve("shared");
            RunReport sharedRun;
            try (ArchiveStore store = ArchiveStore.openForWriting(shared, clock); RunBrowser chromium = new RunBrowser(settings)) {
                sharedRun = run(store, () -> new WorkerBrowser(chromium, settings, clock), clock);
            }

            assertEquals(states(ownRun), states(sharedRun));
            for (RunEntry e : ownRun.sources()) {
                RunEntry s = sharedRun.sources().stream().filter(x -> x.id().equals(e.id())).findFirst().orElseThrow();
                if (e.bundle().isPresent()) {
                    assertEquals(Files.readString(own.resolve("sources/" + e.id() + "/content.md")),
                            Files.readString(shared.resolve("sources/" + e.id() + "/content.md")), e.url());
                    assertEquals(payloads(own.resolve(e.bundle().get())), payloads(shared.resolve(s.bundle().orElseThrow())),
                            e.url() + ": the same records, the same payloads");
                }
            }
            Set<String> wechat = payloads(shared.resolve(entry(sharedRun, WechatLike.ARTICLE).bundle().orElseThrow()));
            for (String image : WechatLike.IMAGES) {
                assertTrue(wechat.stream().anyMatch(p -> p.startsWith(image + " ")), "lazy picture kept: " + image);
            }
        }
    }

    private static RunReport run(ArchiveStore store, Capturer.Factory capturers, Clock clock) throws IOException {
        List<Reference> refs = URLS.stream().map(u -> PaperWeb.cited(u, "", "n.md", URLS.indexOf(u) + 1)).toList();
        return new CaptureRun(store, new References(refs, List.of()), capturers,
                new RunPlan(3, 0, Retries.NONE, Selection.ALL), RunListener.NONE, clock).call();
    }

    private static Map<String, String> states(RunReport report) {
        Map<String, String> out = new TreeMap<>();
        report.sources().forEach(e -> out.put(e.url(), e.state().label() + " " + e.httpStatus()));
        return out;
    }

    private static RunEntry entry(RunReport report, String url) {
        return report.sources().stream().filter(e -> e.url().equals(url)).findFirst().orElseThrow();
    }

    /** Each response or revisit record's target and payload digest: what the bundle keeps of the web. */
    private static Set<String> payloads(Path bundle) throws IOException {
        Set<String> out = new TreeSet<>();
        for (BundleRecords.Rec r : BundleRecords.of(bundle)) {
            if (r.type().equals("response") || r.type().equals("revisit")) {
                out.add(r.target() + " " + r.field("WARC-Payload-Digest"));
            }
        }
        return out;
    }
}
