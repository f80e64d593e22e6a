package org.refkeeper.bench.history;

import org.refkeeper.Archive;
import org.refkeeper.store.ArchiveStore;
import org.refkeeper.folder.Layout;
import org.refkeeper.store.ReportPage;
import org.refkeeper.report.RunReport;
import org.refkeeper.report.SourceRecord;
import org.refkeeper.verdict.Verdicts;
import org.refkeeper.web.WebUi;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The reading side of a built archive, timed: each command on a freshly opened archive (as a command line call
 * opens it, less the JVM's start), the list page through {@code serve}'s HTTP server, REPORT.md, and then a commit
 * of one run's worth of changes, the repository's size and a fresh clone.
 */
final class HistoryTimings {
    private static final int TIMES = 3;

    private HistoryTimings() {
    }

    static List<Timed> measure(BuiltArchive built, Path scratch) throws Exception {
        Path root = built.root();
        String source = built.busiest();
        List<Timed> out = new ArrayList<>();
        out.add(Timed.of("status (every source)", TIMES, () -> {
            try (Archive a = Archive.open(root)) {
                check(a.status().size() == built.size(), "status lists every source");
            }
        }));
        out.add(Timed.of("log SOURCE", TIMES, () -> {
            try (Archive a = Archive.open(root)) {
                check(a.history(source).transitions().size() >= 2, "the busiest source has a history");
            }
        }));
        out.add(Timed.of("diff SOURCE (last two captures)", TIMES, () -> {
            try (Archive a = Archive.open(root)) {
                check(!a.diff(source, Optional.empty(), Optional.empty()).unified().isEmpty(), "the diff shows a change");
            }
        }));
        out.add(Timed.of("log (every run)", TIMES, () -> {
            try (Archive a = Archive.open(root)) {
                check(!a.runs().isEmpty(), "runs are listed");
            }
        }));
        out.add(reportPage(root));
        out.add(listPage(root, built.size()));
        out.add(commit(copy(root, scratch.resolve("commit"))));
        return out;
    }

    /** REPORT.md as a run renders it: every source.json read, the page rendered. */
    private static Timed reportPage(Path root) throws Exception {
        try (ArchiveStore store = ArchiveStore.openForReading(root)) {
            List<RunReport> all = store.runs();
            RunReport last = all.get(all.size() - 1);
            return Timed.of("REPORT.md (render)", TIMES, () -> {
                String md = ReportPage.render(last, store.sources(), Verdicts::titleDiffers);
                check(md.equals(Files.readString(root.resolve(Layout.REPORT))), "REPORT.md rendered as the run wrote it");
            });
        }
    }

    /** {@code serve}'s front page, every source listed, asked for over HTTP as a browser would. */
    private static Timed listPage(Path root, int size) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        try (Archive a = Archive.open(root); WebUi ui = a.serve(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            HttpRequest get = HttpRequest.newBuilder(ui.uri()).build();
            return Timed.of("serve: list page (every source)", TIMES, () -> {
                HttpResponse<String> page = http.send(get, HttpResponse.BodyHandlers.ofString());
                check(page.statusCode() == 200 && page.body().contains(size + " of " + size + " sources"),
                        "the list page lists every source");
            });
        }
    }

    /**
     * A commit of what a run writes when a few percent of the sources moved: 3% of the source.json files
     * rewritten and a run report. Made after the 20 runs, so it is the commit of a run with a long history.
     */
    private static Timed commit(Path root) throws Exception {
        try (ArchiveStore store = ArchiveStore.openForWriting(root)) {
            List<SourceRecord> sources = store.sources();
            List<RunReport> all = store.runs();
            RunReport last = all.get(all.size() - 1);
            int[] round = {0};
            return Timed.of("commit (3% of sources moved)", TIMES, () -> {
                round[0]++;
                for (int i = round[0]; i < sources.size(); i += 33) {
                    SourceRecord s = sources.get(i);
                    store.saveSource(new SourceRecord(s.id(), s.url(), s.citations(), s.state(), s.since(),
                            "bench: commit probe " + round[0], s.liveTitle(), s.movedTo(), s.lastGood(), s.captures()));
                }
                String run = last.run() + "-probe" + round[0];
                store.saveRun(new RunReport(run, last.started(), last.finished(), Optional.empty(), last.counts(), List.of()));
                store.commit("bench: commit probe " + round[0]);
            });
        }
    }

    /** The archive copied whole (git's loose objects and all), so that the commits timed leave it as it was. */
    private static Path copy(Path root, Path to) throws IOException, InterruptedException {
        org.refkeeper.io.FileTrees.delete(to);
        Process p = new ProcessBuilder("cp", "-a", root.toString(), to.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        check(p.waitFor() == 0, "cp: " + out);
        return to;
    }

    /** Bytes under {@code dir}; only {@code .git} with {@code git}, everything else without. */
    static long bytes(Path root, boolean git) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).filter(f -> root.relativize(f).startsWith(".git") == git)
                    .mapToLong(f -> f.toFile().length()).sum();
        }
    }

    /** A fresh {@code git clone} over git's own protocol (as from a remote), timed. */
    static long cloneMillis(Path root, Path scratch) throws IOException, InterruptedException {
        Path to = scratch.resolve("clone");
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder("git", "clone", "-q", "--no-local", root.toString(), to.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        check(p.waitFor() == 0, "git clone: " + out);
        long millis = (System.nanoTime() - t0) / 1_000_000;
        org.refkeeper.io.FileTrees.delete(to);
        return millis;
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException("bench history: expected: " + what);
        }
    }
}
