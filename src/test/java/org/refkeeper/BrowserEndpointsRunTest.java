package org.refkeeper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.refkeeper.chromium.BrowserEndpoint;
import org.refkeeper.capture.BrowserServer;
import org.refkeeper.chromium.BrowserSettings;
import org.refkeeper.demo.LocalSite;
import org.refkeeper.demo.SiteResponse;
import org.refkeeper.run.Retries;
import org.refkeeper.run.RunListener;
import org.refkeeper.report.GoodCapture;
import org.refkeeper.report.RunEntry;
import org.refkeeper.report.RunReport;
import org.refkeeper.report.SourceRecord;
import org.refkeeper.testing.Fixtures;
import org.refkeeper.testing.ScenarioWorld;
import org.refkeeper.verdict.State;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs over browser servers ({@code --browser-endpoint}): two local {@code playwright run-server}s stand in. */
class BrowserEndpointsRunTest {
    @TempDir
    Path dir;

    @Test
    void twoBrowserServersArchiveWhatALocalChromiumArchives() throws Exception {
        try (LocalSite site = LocalSite.start(); BrowserServer a = BrowserServer.start(); BrowserServer b = BrowserServer.start()) {
            ScenarioWorld.on(site, 1);
            Path note = ScenarioWorld.writeNote(dir, 1);
            BrowserSettings local = Fixtures.settings(site, Duration.ofSeconds(15), true).withConcurrency(2);
            Retries retries = new Retries(2, Duration.ofSeconds(1), Duration.ofSeconds(5));
            Path here = dir.resolve("local");
            Path remote = dir.resolve("remote");
            RunReport byLocal = run(here, new RunOptions(List.of(note), local, Optional.of(0L)).withRetries(retries));
            RunReport byServers = run(remote, new RunOptions(List.of(note), servers(local, a, b), Optional.of(0L))
                    .withRetries(retries));

            assertEquals(ScenarioWorld.SOURCES.size(), byLocal.count(State.NEW), () -> byLocal.sources().toString());
            assertEquals(states(byLocal), states(byServers));
            for (ScenarioWorld.Source s : ScenarioWorld.SOURCES) {
                assertEquals(kept(here, s.url()), kept(remote, s.url()), s.url());
            }
        }
    }

    @Test
    void aServerKilledMidRunLosesNoSource() throws Exception {
        try (LocalSite site = LocalSite.start(); BrowserServer a = BrowserServer.start(); BrowserServer b = BrowserServer.start()) {
            // two places on each server: four workers, a b a b, each holding one page of its own host at a time
            int workers = 4;
            int pages = 8;
            AtomicInteger asked = new AtomicInteger();
            CountDownLatch killed = new CountDownLatch(1);
            Path note = slowPosts(site, pages, () -> {
                int n = asked.incrementAndGet();
                // the first pages are held until every worker holds one, two of them on b: b dies then, not when
                // a busy machine happens to have started b's workers (a's may be on their second page by then)
                if (n == workers) {
                    b.kill();
                    killed.countDown();
                } else if (n < workers) {
                    awaitQuietly(killed, HELD);
                }
            });
            // a held page must not time out while the last worker starts its browser on a loaded machine
            BrowserSettings local = Fixtures.settings(site, HELD.plusSeconds(30), true);
            RunReport report = run(dir.resolve("archive"), new RunOptions(List.of(note), servers(local, a, b),
                    Optional.of(0L)).withRetries(Retries.NONE));

            assertEquals(0, killed.getCount(), "every worker held a page, and b was killed: " + asked.get() + " asked");
            assertEquals(pages, report.sources().size());
            assertEquals(pages, report.count(State.NEW), () -> report.sources().stream()
                    .map(e -> e.url() + " " + e.state() + " " + e.reason()).collect(Collectors.joining("\n")));
            assertEquals(pages + 2, asked.get(), "the two pages b had in flight, and only those, were asked for again, on a");
        }
    }

    @Test
    void aServerDownFromTheStartLeavesTheRunToTheOthersAndSaysSo() throws Exception {
        try (LocalSite site = LocalSite.start(); BrowserServer a = BrowserServer.start(); BrowserServer b = BrowserServer.start()) {
            b.kill();
            Path note = slowPosts(site, 4, () -> { });
            BrowserSettings local = Fixtures.settings(site, Duration.ofSeconds(15), true);
            List<String> warnings = new java.util.concurrent.CopyOnWriteArrayList<>();
            RunReport report;
            try (Archive archive = Archive.open(dir.resolve("archive"))) {
                report = archive.run(new RunOptions(List.of(note), servers(local, a, b), Optional.of(0L))
                        .withRetries(Retries.NONE), new RunListener() {
                    @Override
                    public void warning(String message) {
                        warnings.add(message);
                    }
                });
            }
            assertEquals(4, report.count(State.NEW), () -> report.sources().toString());
            assertTrue(warnings.stream().anyMatch(w -> w.contains("goes to another browser server")
                    && w.contains(b.url().toString().replaceAll("\\?.*", ""))), warnings.toString());
        }
    }

    @Test
    void whenEveryServerIsLostTheRunEndsAndSaysWhy() throws Exception {
        try (LocalSite site = LocalSite.start(); BrowserServer only = BrowserServer.start()) {
            AtomicInteger asked = new AtomicInteger();
            Path note = slowPosts(site, 6, () -> {
                if (asked.incrementAndGet() == 3) {
                    only.kill();
                }
            });
            BrowserSettings local = Fixtures.settings(site, Duration.ofSeconds(15), true);
            RunReport report = run(dir.resolve("archive"), new RunOptions(List.of(note), servers(local, only),
                    Optional.of(0L)).withRetries(Retries.NONE));

            assertEquals(6, report.sources().size(), "every source is in the report");
            assertTrue(report.count(State.NEW) >= 1, () -> report.sources().toString());
            for (RunEntry e : report.sources()) {
                if (e.state() != State.NEW) {
                    assertEquals(State.ERROR, e.state(), e.url());
                    assertTrue(e.reason().contains("browser endpoint " + only.url()) && e.reason().contains("does not answer"),
                            e.reason());
                }
            }
        }
    }

    /** How long the test site holds the first pages, at most, waiting for every worker to hold one. */
    private static final Duration HELD = Duration.ofSeconds(90);

    private static void awaitQuietly(CountDownLatch latch, Duration bound) {
        try {
            latch.await(bound.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the site is closing
        }
    }

    /** A note citing {@code n} posts on as many hosts, each answered after a while, {@code asked} told of each. */
    private Path slowPosts(LocalSite site, int n, Runnable asked) throws IOException {
        List<String> urls = IntStream.range(0, n).mapToObj(i -> "https://blog" + i + ".example.org/post.html").toList();
        for (int i = 0; i < n; i++) {
            String body = "<!DOCTYPE html><html><head><title>Post " + i + "</title></head><body><article><h1>Post " + i
                    + "</h1><p>" + "The body of post number " + i + " goes on for a while. ".repeat(20) + "</p></article></body></html>";
            site.route("blog" + i + ".example.org", "/post.html", request -> {
                asked.run();
                return new SiteResponse(200, List.of(Map.entry("Content-Type", "text/html; charset=utf-8")),
                        body.getBytes(StandardCharsets.UTF_8), Duration.ofMillis(1500), SiteResponse.Delivery.SEND);
            });
        }
        Path note = dir.resolve("notes/posts.md");
        Files.createDirectories(note.getParent());
        Files.writeString(note, urls.stream().map(u -> "- <" + u + ">").collect(Collectors.joining("\n")));
        return note;
    }

    private static BrowserSettings servers(BrowserSettings local, BrowserServer... servers) throws IOException {
        List<BrowserEndpoint> endpoints = new ArrayList<>();
        for (BrowserServer s : servers) {
            endpoints.add(BrowserEndpoint.parse(s.url() + "#2", 1));
        }
        // the servers run on this machine: Debian's Chromium is theirs too
        return new BrowserSettings(local.proxy(), local.ignoreHttpsErrors(), Optional.of(BrowserServer.CHROMIUM),
                local.browserArgs(), local.timeout(), 1).withEndpoints(endpoints);
    }

    private static RunReport run(Path root, RunOptions options) throws IOException {
        try (Archive archive = Archive.open(root)) {
            return archive.run(options, RunListener.NONE);
        }
    }

    private static Map<String, State> states(RunReport report) {
        return report.sources().stream().collect(Collectors.toMap(RunEntry::url, RunEntry::state, (x, y) -> x, TreeMap::new));
    }

    /**
     * What the archive keeps of a source, its dates aside: state, fingerprint, status, final URL, main text, and the
     * URLs its bundle holds a response for (a response or a revisit of one an earlier bundle holds).
     */
    private static List<Object> kept(Path root, String url) throws IOException {
        try (Archive archive = Archive.open(root)) {
            SourceRecord r = archive.source(url);
            Optional<GoodCapture> good = r.lastGood();
            List<Object> out = new ArrayList<>(List.of(r.state(), good.map(GoodCapture::fingerprint).orElse(""),
                    good.map(GoodCapture::httpStatus).orElse(0), good.map(GoodCapture::finalUrl).orElse("")));
            Path content = root.resolve("sources/" + r.id() + "/content.md");
            out.add(Files.isRegularFile(content) ? Files.readString(content) : "");
            TreeSet<String> responses = new TreeSet<>();
            if (good.isPresent()) {
                try (WarcReader reader = new WarcReader(root.resolve(good.get().bundle()))) {
                    for (WarcRecord rec : reader) {
                        if (rec instanceof WarcResponse res) {
                            responses.add(res.target());
                        } else if (rec instanceof WarcRevisit rev) {
                            responses.add(rev.target());
                        }
                    }
                }
            }
            out.add(responses);
            return out;
        }
    }
}
