package org.refkeeper;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refkeeper.demo.LocalSite;
import org.refkeeper.demo.SiteResponse;
import org.refkeeper.report.RunEntry;
import org.refkeeper.report.RunReport;
import org.refkeeper.run.Retries;
import org.refkeeper.run.RunListener;
import org.refkeeper.run.Selection;
import org.refkeeper.testing.Fixtures;
import org.refkeeper.testing.WarcFiles;
import org.refkeeper.verdict.State;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code scripts/bench memory}: one run of {@code refkeeper.sources} sources (default 1000) on 50 hosts, in a JVM
 * with the heap the launcher gives (-Xmx1g), two pages at once. Every fiftieth source is hostile: a decompression
 * bomb for a picture, a page a million pixels tall, an endless page. Prints the most heap in use, sampled, and
 * the most in use right after a collection (what the run really holds).
 */
@Tag("bench")
class MemoryBenchmark {
    @TempDir
    Path dir;

    @Test
    void measure() throws Exception {
        int sources = Integer.getInteger("refkeeper.sources", 1000);
        AtomicLong most = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                Runtime rt = Runtime.getRuntime();
                most.accumulateAndGet(rt.totalMemory() - rt.freeMemory(), Math::max);
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        try (LocalSite site = LocalSite.start()) {
            byte[] bomb = WarcFiles.gzipBomb(200L << 20);
            StringBuilder note = new StringBuilder("# memory\n\n");
            for (int i = 0; i < sources; i++) {
                String host = "host" + (i % 50) + ".example";
                String path = "/post/" + i;
                String extra = switch (i % 50 == 7 ? i / 50 % 3 : -1) {
                    case 0 -> "<img src=\"/bomb.png\">";
                    case 1 -> "<div style=\"height:1000000px\"></div>";
                    default -> "";
                };
                SiteResponse page = SiteResponse.html(article(i, extra));
                site.route(host, path, i % 50 == 7 && i / 50 % 3 == 2 ? req -> page.endless() : req -> page);
                site.route(host, "/bomb.png", SiteResponse.of(200, "image/png", bomb).withHeader("Content-Encoding", "gzip"));
                note.append("https://").append(host).append(path).append("\n\nPost ").append(i).append("\n\n");
            }
            Path notePath = dir.resolve("memory.md");
            Files.writeString(notePath, note);
            RunOptions options = new RunOptions(List.of(notePath), Fixtures.settings(site, Duration.ofSeconds(20), true)
                    .withConcurrency(2), Optional.of(0L), Retries.NONE, Selection.ALL);
            long t0 = System.nanoTime();
            RunReport run;
            try (Archive archive = Archive.open(dir.resolve("archive"))) {
                run = archive.run(options, RunListener.NONE);
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            assertEquals(sources, run.sources().size());
            long afterGc = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                    .map(MemoryPoolMXBean::getCollectionUsage).filter(u -> u != null).mapToLong(u -> u.getUsed()).sum();
            System.out.printf("bench: %d sources in %.0f s, %s%n", sources, seconds, run.summary());
            System.out.printf("bench: heap limit %d MiB; most in use (sampled) %d MiB; after the last collection %d MiB%n",
                    Runtime.getRuntime().maxMemory() >> 20, most.get() >> 20, afterGc >> 20);
            System.out.printf("bench: sources with something left out: %d%n",
                    run.sources().stream().filter(e -> !e.omissions().isEmpty()).count());
            run.sources().stream().filter(e -> e.state() == State.ERROR).map(RunEntry::reason).distinct()
                    .forEach(r -> System.out.println("bench: error: " + r));
        } finally {
            sampler.interrupt();
        }
    }

    private static String article(int i, String extra) {
        return "<!doctype html><html><head><meta charset=utf-8><title>Post " + i + "</title></head><body><article><h1>Post "
                + i + "</h1>" + ("<p>Paragraph of post " + i + ", as long as a real paragraph of a real blog post is.</p>").repeat(20)
                + extra + "</article></body></html>";
    }
}
