package org.refkeeper.bench;

import org.refkeeper.demo.LocalSite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code scripts/bench}: on a generated corpus served from 127.0.0.1, side by side, a plain Playwright loop,
 * refkeeper's first run and its no-change rerun (host delay 0, to measure capacity), the first run with the default
 * politeness, and the first run at higher concurrency. Each runs in a fresh JVM whose process tree is sampled.
 * Prints a table and writes it, with the details, to {@code target/bench/results.md}.
 */
public final class Bench {
    private static final String DEFAULT = "default";
    /** refkeeper runs in a JVM with the heap its launcher gives it, which its default concurrency depends on. */
    private static final List<String> LAUNCHER_HEAP = List.of("-Xmx" + Optional.ofNullable(System.getenv("REFKEEPER_HEAP"))
            .filter(h -> !h.isBlank()).orElse("1g"));
    private final BenchOptions options;
    private final ChildJvm children;
    private Corpus corpus;
    private String hostRules;
    private List<Path> notes;

    private Bench(BenchOptions options) {
        this.options = options;
        this.children = new ChildJvm(options.out(), options.sampleMillis());
    }

    public static void main(String[] args) throws Exception {
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("bench: " + e.getMessage());
            System.err.println(BenchOptions.USAGE);
            System.exit(2);
            return;
        }
        new Bench(options).measure();
    }

    private void measure() throws IOException {
        deleteTree(options.out());
        Files.createDirectories(options.out());
        long t0 = System.nanoTime();
        corpus = Corpus.generate(options.sources());
        System.out.printf("bench: %s%n", Machine.describe());
        System.out.printf("bench: corpus of %d sources generated in %.1f s%n", options.sources(), (System.nanoTime() - t0) / 1e9);
        try (LocalSite site = LocalSite.start()) {
            corpus.install(site);
            hostRules = site.browserArgs().get(0);
            notes = corpus.writeNotes(options.out().resolve("notes"));
            Path urls = options.out().resolve("urls.txt");
            Files.write(urls, corpus.sources().stream().map(Corpus.Source::url).toList());
            warmUp();
            List<PhaseResult> results = new ArrayList<>();
            results.add(plainLoop(urls));
            Path archive = options.out().resolve("archive-first");
            results.add(refkeeper("first", "refkeeper first run", archive, DEFAULT, "0", List.of()));
            results.add(refkeeper("rerun", "refkeeper no-change rerun", archive, DEFAULT, "0", List.of()));
            if (options.polite()) {
                results.add(refkeeper("polite", "refkeeper first run, default politeness",
                        options.out().resolve("archive-polite"), DEFAULT, "default", List.of()));
            }
            for (int c : options.concurrency()) {
                results.add(refkeeper("first-c" + c, "refkeeper first run", options.out().resolve("archive-c" + c),
                        Integer.toString(c), "0", List.of()));
            }
            String report = ResultTable.render(results);
            if (options.profile()) {
                report += profile();
            }
            System.out.println(report);
            Files.writeString(options.out().resolve("results.md"), report);
        }
        System.out.printf("bench: done in %.0f s; results in %s%n", (System.nanoTime() - t0) / 1e9,
                options.out().resolve("results.md"));
    }

    /** One source, unmeasured: unpacks Playwright's driver and brings Chromium and the fonts into the page cache. */
    private void warmUp() throws IOException {
        Path note = options.out().resolve("warm-up.md");
        Files.writeString(note, "- [warm up](" + corpus.sources().get(0).url() + ")\n");
        children.run("warm-up", List.of(), RefkeeperRun.class, List.of(options.out().resolve("archive-warm-up").toString(),
                "1", "0", hostRules, note.toString()));
        corpus.fetched();
    }

    private PhaseResult plainLoop(Path urls) throws IOException {
        List<String> jvm = driverDir().map(d -> List.of("-Dplaywright.cli.dir=" + d)).orElse(List.of());
        double load = Machine.load();
        ChildJvm.Outcome o = children.run("plain", jvm, PlainLoop.class, List.of(urls.toString(), hostRules));
        Map<String, String> extra = new LinkedHashMap<>();
        o.result().stringPropertyNames().stream().filter(k -> k.startsWith("step.") || k.equals("chromiumVersion")
                || k.equals("screenshotBytes")).forEach(k -> extra.put(k, o.result().getProperty(k)));
        return result("plain", "plain Playwright loop", o, 0, (int) o.number("lazyCaptured"), extra, load);
    }

    /** @param concurrency a number, or {@code default}: as refkeeper chooses it in a JVM of the launcher's heap */
    private PhaseResult refkeeper(String name, String label, Path archive, String concurrency, String delay,
                                  List<String> jvmOptions) throws IOException {
        long before = apparentBytes(archive);
        double load = Machine.load();
        List<String> args = new ArrayList<>(List.of(archive.toString(), concurrency, delay, hostRules));
        notes.forEach(n -> args.add(n.toString()));
        List<String> jvm = new ArrayList<>(LAUNCHER_HEAP);
        jvm.addAll(jvmOptions);
        ChildJvm.Outcome o = children.run(name, jvm, RefkeeperRun.class, args);
        label += String.format(concurrency.equals(DEFAULT) ? " (default concurrency %d)" : " (concurrency %d)",
                (int) o.number("concurrency"));
        Map<String, String> extra = new LinkedHashMap<>();
        o.result().stringPropertyNames().stream().filter(k -> (k.startsWith("state.") || k.startsWith("check."))
                        && !o.result().getProperty(k).equals("0"))
                .sorted().forEach(k -> extra.put(k, o.result().getProperty(k)));
        return result(name, label, o, apparentBytes(archive) - before, LazyImages.captured(archive, corpus.lazyImages()),
                extra, load);
    }

    private PhaseResult result(String name, String label, ChildJvm.Outcome o, long archiveBytes, int lazyCaptured,
                               Map<String, String> extra, double loadBefore) {
        ProcSampler s = o.sampler();
        extra.put("bench process CPU (site, sampler)", String.format("%.3f s/page, of which sampler %.3f",
                o.benchCpuSeconds() / Math.max(1, (int) o.number("pages")), s.ownCpuSeconds() / Math.max(1, (int) o.number("pages"))));
        extra.put("JVM disk writes", String.format("%,d bytes/page", (long) o.number("jvmDiskWriteBytes") / Math.max(1, (int) o.number("pages"))));
        return new PhaseResult(name, label, (int) o.number("pages"), o.number("wallSeconds"), o.number("jvmCpuSeconds"),
                o.number("jvmCpuTotalSeconds"), s.cpuSeconds(), s.jvmThreadSeconds(),
                Math.max((long) o.number("jvmPeakRssBytes"), s.peakJvmRss()), s.peakChromiumRss(), s.peakChromiumPss(),
                archiveBytes, lazyCaptured, corpus.lazyImages().size(), corpus.fetched(), extra, loadBefore, Machine.load());
    }

    /**
     * The first run and the rerun once more, recorded with JDK Flight Recorder and sampled from /proc every 50 ms,
     * and where their time went.
     */
    private String profile() throws IOException {
        Path settings = JfrProfile.writeSettings(options.out());
        Path archive = options.out().resolve("archive-profile");
        StringBuilder out = new StringBuilder("\n## Where the time goes (JDK Flight Recorder; every place in where-*.md)\n");
        for (String name : List.of("first", "rerun")) {
            Path jfr = options.out().resolve(name + "-jfr.jfr");
            List<String> jvm = List.of("-XX:StartFlightRecording=filename=" + jfr + ",settings=" + settings + ",dumponexit=true",
                    "-XX:FlightRecorderOptions=stackdepth=256");
            List<String> args = new ArrayList<>(List.of(archive.toString(), DEFAULT, "0", hostRules));
            notes.forEach(n -> args.add(n.toString()));
            List<String> heapAndJfr = new ArrayList<>(LAUNCHER_HEAP);
            heapAndJfr.addAll(jvm);
            ChildJvm.Outcome o = children.run(name + "-jfr", heapAndJfr, RefkeeperRun.class, args, 50);
            int pages = (int) o.number("pages");
            List<JfrProfile.Segment> segments = JfrProfile.read(jfr, (long) o.number("windowStartMillis"),
                    (long) o.number("windowEndMillis"));
            JfrProfile.Heap heap = JfrProfile.heap(jfr);
            String title = String.format("refkeeper %s under JFR: %.2f pages/s, JVM CPU %.2f s/page; "
                            + "heap in use after GC at most %d MB, GC pauses %.0f ms in all",
                    name.equals("first") ? "first run" : "no-change rerun", pages / o.number("wallSeconds"),
                    o.number("jvmCpuSeconds") / pages, heap.peakLiveBytes() >> 20, heap.pauseMillis());
            out.append(ProfileReport.render(title, pages, o.number("wallSeconds"), segments, o.sampler().series(), 25));
            Files.writeString(options.out().resolve("where-" + name + ".md"), ProfileReport.render(title, pages,
                    o.number("wallSeconds"), segments, o.sampler().series(), Integer.MAX_VALUE));
        }
        corpus.fetched();
        return out.toString();
    }

    /** The driver refkeeper unpacked, so that the plain loop does not pay for unpacking its own. */
    private static Optional<Path> driverDir() throws IOException {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path cache = (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache"))
                .resolve("refkeeper");
        if (!Files.isDirectory(cache)) {
            return Optional.empty();
        }
        try (Stream<Path> dirs = Files.list(cache)) {
            return dirs.filter(d -> d.getFileName().toString().startsWith("playwright-driver-"))
                    .max(Comparator.comparing(d -> d.toFile().lastModified()));
        }
    }

    static long apparentBytes(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}
