package org.refkeeper.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refkeeper.Archive;
import org.refkeeper.RunOptions;
import org.refkeeper.capture.BrowserEndpoint;
import org.refkeeper.capture.BrowserServer;
import org.refkeeper.capture.BrowserSettings;
import org.refkeeper.demo.LocalSite;
import org.refkeeper.run.RunListener;
import org.refkeeper.store.RunReport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

class EndpointMeasureTmpTest {
    @TempDir
    Path dir;

    @Test
    void measure() throws Exception {
        Corpus corpus = Corpus.generate(45);
        try (LocalSite site = LocalSite.start()) {
            corpus.install(site);
            List<Path> notes = corpus.writeNotes(dir.resolve("notes"));
            for (int pages : new int[]{1, 2, 4}) {
                try (BrowserServer server = BrowserServer.start()) {
                    long pid = serverPid();
                    AtomicLong peak = new AtomicLong();
                    Thread sampler = new Thread(() -> {
                        while (!Thread.currentThread().isInterrupted()) {
                            long rss = rss(pid) + ProcessHandle.of(pid).map(h -> h.descendants().mapToLong(d -> rss(d.pid())).sum()).orElse(0L);
                            peak.accumulateAndGet(rss, Math::max);
                            try { Thread.sleep(200); } catch (InterruptedException e) { return; }
                        }
                    });
                    sampler.start();
                    BrowserSettings s = new BrowserSettings(Optional.empty(), true, Optional.of(BrowserServer.CHROMIUM),
                            site.browserArgs(), Duration.ofSeconds(30), 1)
                            .withEndpoints(List.of(BrowserEndpoint.parse(server.url() + "#" + pages, 1)));
                    long t0 = System.nanoTime();
                    RunReport r;
                    try (Archive a = Archive.open(dir.resolve("a" + pages))) {
                        r = a.run(new RunOptions(notes, s, Optional.of(0L)), RunListener.NONE);
                    }
                    double wall = (System.nanoTime() - t0) / 1e9;
                    Thread.sleep(1500);
                    sampler.interrupt();
                    double cpu = cpuWithChildren(pid);
                    System.out.printf("MEASURE pages=%d sources=%d new=%d wall=%.1fs pages/s=%.2f serverCPU=%.1fs cpu/page=%.2fs peakRSS=%dMB%n",
                            pages, r.sources().size(), r.counts().get(org.refkeeper.verdict.State.NEW), wall,
                            r.sources().size() / wall, cpu, cpu / r.sources().size(), peak.get() / (1024 * 1024));
                }
            }
        }
    }

    private static long serverPid() {
        return ProcessHandle.current().children().filter(h -> h.info().commandLine().orElse("").contains("run-server"))
                .reduce((a, b) -> b).orElseThrow().pid();
    }

    private static long rss(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (Exception e) {
            return 0;
        }
        return 0;
    }

    private static double cpuWithChildren(long pid) throws Exception {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // fields after the name: state=0 ... utime=11 stime=12 cutime=13 cstime=14
        return (Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14])) / 100.0;
    }
}
