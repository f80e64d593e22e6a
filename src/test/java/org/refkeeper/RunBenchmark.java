package org.refkeeper;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refkeeper.demo.LocalSite;
import org.refkeeper.demo.SiteResponse;
import org.refkeeper.run.RunListener;
import org.refkeeper.store.RunReport;
import org.refkeeper.testing.Fixtures;
import org.refkeeper.verdict.State;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import javax.imageio.ImageIO;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code scripts/bench}: an archive of 30 WeChat-like articles with three photo-sized images each, captured,
 * then captured again with only the noise changed. Prints the time per source, the archive's size on disk
 * (.git included) and what the no-change rerun added to it. The numbers go to docs/BENCHMARKS.md.
 */
@Tag("bench")
class RunBenchmark {
    private static final int ARTICLES = 30;

    @TempDir
    Path dir;

    @Test
    void measure() throws Exception {
        try (LocalSite site = LocalSite.start()) {
            StringBuilder note = new StringBuilder("# bench\n\n");
            for (int i = 0; i < ARTICLES; i++) {
                String id = String.format("BenchArticle%010d", i);
                int n = i;
                site.route("mp.weixin.qq.com", "/s/" + id, req -> SiteResponse.html(article(n)));
                for (int k = 0; k < 3; k++) {
                    byte[] photo = photo(i * 3 + k);
                    site.route("mmbiz.qpic.cn", "/bench/" + i + "/" + k, SiteResponse.of(200, "image/png", photo));
                }
                note.append("https://mp.weixin.qq.com/s/").append(id).append("\n\n文章 ").append(i).append("\n\n");
            }
            Path notePath = dir.resolve("bench.md");
            Files.writeString(notePath, note);
            Path root = dir.resolve("archive");
            for (int concurrency : List.of(2)) {
                RunOptions options = new RunOptions(List.of(notePath),
                        Fixtures.settings(site, Duration.ofSeconds(30), true).withConcurrency(concurrency), Optional.of(0L));
                try (Archive archive = Archive.open(root)) {
                    long t0 = System.nanoTime();
                    RunReport first = archive.run(options, RunListener.NONE);
                    double firstSeconds = (System.nanoTime() - t0) / 1e9;
                    assertEquals(ARTICLES, first.count(State.NEW));
                    long before = diskKib(root);
                    long apparentBefore = apparentBytes(root);
                    t0 = System.nanoTime();
                    RunReport again = archive.run(options, RunListener.NONE);
                    double againSeconds = (System.nanoTime() - t0) / 1e9;
                    assertEquals(ARTICLES, again.count(State.UNCHANGED));
                    long after = diskKib(root);
                    long apparentAfter = apparentBytes(root);
                    System.out.printf("bench: %d sources, concurrency %d%n", ARTICLES, concurrency);
                    System.out.printf("bench: first run %.1f s (%.2f s per source), no-change run %.1f s (%.2f s per source)%n",
                            firstSeconds, firstSeconds / ARTICLES, againSeconds, againSeconds / ARTICLES);
                    System.out.printf("bench: archive on disk %d KiB before, %d KiB after the no-change run: +%d KiB (%.2f%%)%n",
                            before, after, after - before, 100.0 * (after - before) / before);
                    System.out.printf("bench: apparent size %d -> %d bytes: +%d (%.2f%%)%n", apparentBefore, apparentAfter,
                            apparentAfter - apparentBefore, 100.0 * (apparentAfter - apparentBefore) / apparentBefore);
                    Runtime rt = Runtime.getRuntime();
                    System.out.printf("bench: JVM heap in use after the runs: %d MiB%n", (rt.totalMemory() - rt.freeMemory()) >> 20);
                }
            }
        }
    }

    private static String article(int i) {
        ThreadLocalRandom noise = ThreadLocalRandom.current();
        StringBuilder body = new StringBuilder();
        for (int p = 0; p < 12; p++) {
            body.append("<p>第").append(i).append("篇文章的第").append(p).append("段：")
                    .append("模型压缩与加速的一段说明文字，篇幅和真实的公众号文章相仿。".repeat(4)).append("</p>\n");
            if (p % 4 == 3) {
                body.append("<img data-src=\"https://mmbiz.qpic.cn/bench/").append(i).append('/').append(p / 4).append("\">\n");
            }
        }
        return """
                <!DOCTYPE html><html><head><meta charset="utf-8"><title>文章 %1$d</title></head><body>
                <h1 id="activity-name">文章 %1$d</h1><div id="js_content">%2$s</div>
                <div id="js_read_area3">阅读 %3$d</div><script>var nonce = '%4$x';</script></body></html>
                """.formatted(i, body, noise.nextInt(100000), noise.nextLong());
    }

    /** A noisy picture that compresses like a photo (about 150 KB as PNG). */
    private static byte[] photo(int seed) throws IOException {
        Random r = new Random(seed);
        BufferedImage img = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 200; y++) {
            for (int x = 0; x < 320; x++) {
                img.setRGB(x, y, r.nextInt(0xFFFFFF));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    private static long diskKib(Path root) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("du", "-sk", root.toString()).start();
        String out = new String(p.getInputStream().readAllBytes()).trim();
        p.waitFor();
        return Long.parseLong(out.split("\\s+")[0]);
    }

    private static long apparentBytes(Path root) throws IOException {
        try (var files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }
}
