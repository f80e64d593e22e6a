package org.refkeeper.run;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refkeeper.Archive;
import org.refkeeper.report.RunEntry;
import org.refkeeper.report.RunReport;
import org.refkeeper.report.SourceRecord;
import org.refkeeper.store.ArchiveStore;
import org.refkeeper.testing.ChildJava;
import org.refkeeper.testing.Git;
import org.refkeeper.testing.PaperRun;
import org.refkeeper.verdict.State;
import org.refkeeper.verify.VerifyReport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 8, "A crash hides nothing": ten runs of 45 sources killed with kill -9 at random moments, each followed by
 * verify and a new run. Between the cycles the web moves: articles are edited, deleted, brought back. Every good
 * capture stays intact, every change is reported once (by the killed run if it got to commit, else by the run that
 * commits its work), and nothing temporary is ever committed.
 */
class KilledRunsTest {
    private static final int SOURCES = 45;
    private static final Duration PAUSE = Duration.ofMillis(40);

    @TempDir
    Path dir;

    @Test
    void tenKilledRunsLoseNothingAndHideNothing() throws Exception {
        Path archive = dir.resolve("archive");
        Path world = dir.resolve("world.tsv");
        Map<String, String> versions = new TreeMap<>();
        for (int i = 0; i < SOURCES; i++) {
            versions.put("https://host" + (i % 5) + ".example/post/" + i, "0");
        }
        PaperRun.write(world, versions);
        assertEquals(0, child(archive, world).waitFor(), "a whole run as a program");
        // the kills land in later runs, which stage only what they wrote and so end sooner than the first: time one
        long start = System.nanoTime();
        assertEquals(0, child(archive, world).waitFor(), "a later run as a program");
        long wholeRunMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        Set<String> seenRuns = runIds(archive);
        Random random = new Random(8);
        int killedMidway = 0;
        for (int cycle = 1; cycle <= 10; cycle++) {
            Map<String, State> moved = move(versions, random);
            PaperRun.write(world, versions);
            Process run = child(archive, world);
            Thread.sleep(random.nextInt((int) wholeRunMillis));
            killedMidway += run.isAlive() ? 1 : 0;
            run.destroyForcibly().waitFor();

            try (Archive a = Archive.open(archive)) {
                VerifyReport verify = a.verify();
                assertEquals(List.of(), verify.problems(), "cycle " + cycle + ": verify after kill -9");
            }
            PaperRun.run(archive, world, Duration.ZERO);

            Map<String, List<State>> told = new HashMap<>();
            for (RunReport r : newRuns(archive, seenRuns)) {
                r.sources().stream().filter(RunEntry::isNews).forEach(e -> told.computeIfAbsent(e.url(), k -> new ArrayList<>()).add(e.state()));
                r.recovered().forEach(e -> told.computeIfAbsent(e.url(), k -> new ArrayList<>()).add(e.state()));
            }
            for (Map.Entry<String, State> m : moved.entrySet()) {
                assertEquals(List.of(m.getValue()), told.get(m.getKey()), "cycle " + cycle + ": " + m.getKey() + " told once; all told: " + told);
            }
            assertEquals(moved.keySet(), told.keySet(), "cycle " + cycle + ": only what moved is news");
            assertArchiveWhole(archive, versions, cycle);
        }
        assertTrue(killedMidway >= 5, "most kills land inside a run: " + killedMidway);
    }

    /** Edits three articles, deletes one, brings one back; says what each should be reported as. */
    private static Map<String, State> move(Map<String, String> versions, Random random) {
        Map<String, State> moved = new HashMap<>();
        List<String> alive = versions.keySet().stream().filter(u -> !versions.get(u).equals("gone")).toList();
        List<String> gone = versions.keySet().stream().filter(u -> versions.get(u).equals("gone")).toList();
        for (int i = 0; i < 3; i++) {
            String url = alive.get(random.nextInt(alive.size()));
            versions.put(url, String.valueOf(Integer.parseInt(versions.get(url)) + 1));
            moved.put(url, State.CHANGED);
        }
        String deleted = alive.get(random.nextInt(alive.size()));
        if (!moved.containsKey(deleted)) {
            versions.put(deleted, "gone");
            moved.put(deleted, State.VANISHED);
        }
        if (!gone.isEmpty()) {
            String back = gone.get(random.nextInt(gone.size()));
            versions.put(back, "100");
            moved.put(back, State.NEW);
        }
        return moved;
    }

    private static void assertArchiveWhole(Path archive, Map<String, String> versions, int cycle) throws Exception {
        assertEquals("", Git.run(archive, "status", "--porcelain"), "cycle " + cycle + ": everything is committed");
        List<String> files = Git.run(archive, "ls-files").lines().toList();
        assertTrue(files.stream().noneMatch(f -> f.endsWith(".tmp") || f.contains("/.")), "cycle " + cycle + ": " + files);
        try (ArchiveStore store = ArchiveStore.openForReading(archive); Archive a = Archive.open(archive)) {
            assertEquals(List.of(), a.verify().problems(), "cycle " + cycle);
            Set<String> named = new HashSet<>();
            for (SourceRecord s : store.sources()) {
                named.addAll(s.captures());
                String content = store.content(s.id()).orElseThrow();
                String version = versions.get(s.url());
                if (!version.equals("gone")) {
                    assertTrue(s.state().good(), s.url() + " " + s.state());
                    assertTrue(content.contains(PaperRun.text(s.url(), version)), "cycle " + cycle + ": " + s.url() + " kept " + content);
                } else {
                    assertEquals(State.VANISHED, s.state(), s.url());
                    assertTrue(content.contains("as it reads in version"), "a vanished source keeps its last text");
                }
                assertTrue(Files.isRegularFile(archive.resolve(s.lastGood().orElseThrow().bundle())));
            }
            long bundles;
            try (var walk = Files.walk(archive.resolve("captures"))) {
                bundles = walk.filter(f -> f.toString().endsWith(".warc.gz")).count();
            }
            assertEquals(named.size(), bundles, "cycle " + cycle + ": every bundle belongs to a source");
        }
    }

    private static Set<String> runIds(Path archive) throws Exception {
        Set<String> ids = new HashSet<>();
        try (ArchiveStore store = ArchiveStore.openForReading(archive)) {
            store.runs().forEach(r -> ids.add(r.run()));
        }
        return ids;
    }

    private static List<RunReport> newRuns(Path archive, Set<String> seen) throws Exception {
        List<RunReport> out = new ArrayList<>();
        try (ArchiveStore store = ArchiveStore.openForReading(archive)) {
            for (RunReport r : store.runs()) {
                if (seen.add(r.run())) {
                    out.add(r);
                }
            }
        }
        return out;
    }

    private static Process child(Path archive, Path world) throws Exception {
        return ChildJava.of(List.of(), PaperRun.class, archive.toString(), world.toString(),
                        Long.toString(PAUSE.toMillis()))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }
}
