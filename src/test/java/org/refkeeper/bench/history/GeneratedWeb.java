package org.refkeeper.bench.history;

import org.refkeeper.page.Capture;
import org.refkeeper.page.Exchange;
import org.refkeeper.page.Failure;
import org.refkeeper.page.Header;
import org.refkeeper.run.Capturer;
import org.refkeeper.testing.Pngs;

import java.awt.Color;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A web of {@code size} generated articles on {@code size / 20} hosts, captured without a browser: each capture is
 * what a browser would hand over (the page, the host's logo, a small screenshot, the rendered DOM). Between runs
 * {@link #evolve} edits a few percent of the articles, deletes some and brings some deleted ones back. One
 * instance serves every worker of a run.
 */
final class GeneratedWeb implements Capturer {
    private static final Pattern ARTICLE = Pattern.compile("https://([^/]+)/posts/(\\d+)\\.html");
    private static final String[] WORDS = ("archive history source capture article note link page version change "
            + "reader writer river mountain window garden letter morning evening story market bridge lantern harbour "
            + "season paper signal winter summer travel journal kitchen station library museum theatre").split(" ");
    private static final byte[] SCREENSHOT = Pngs.solid(8, 8, Color.GRAY);
    private final int size;
    private final int[] version;
    private final boolean[] gone;
    private final Clock clock;
    private final Random random = new Random(11);
    /** Each article's page at its version: made once, as a web server would keep it. */
    private final Map<Long, String> pages = new ConcurrentHashMap<>();

    GeneratedWeb(int size, Clock clock) {
        this.size = size;
        this.version = new int[size];
        this.gone = new boolean[size];
        this.clock = clock;
    }

    static int hosts(int size) {
        return Math.max(1, size / 20);
    }

    static String url(int size, int article) {
        return "https://site" + (article % hosts(size)) + ".example.org/posts/" + article + ".html";
    }

    static String title(int article) {
        return "Article " + article + " on " + WORDS[article % WORDS.length];
    }

    /**
     * One day's edits: {@code changed} of the articles get new text, {@code vanished} are deleted, and each deleted
     * article comes back with probability {@code back}.
     *
     * @return how many articles changed, vanished and came back
     */
    synchronized int[] evolve(double changed, double vanished, double back) {
        int[] counts = new int[3];
        for (int i = 0; i < size; i++) {
            if (gone[i]) {
                if (random.nextDouble() < back) {
                    gone[i] = false;
                    counts[2]++;
                }
            } else if (random.nextDouble() < vanished) {
                gone[i] = true;
                counts[1]++;
            } else if (random.nextDouble() < changed) {
                version[i]++;
                counts[0]++;
            }
        }
        return counts;
    }

    /** An article that changed at least twice and is not deleted now: the subject of {@code log} and {@code diff}. */
    synchronized int busiest() {
        int best = 0;
        for (int i = 0; i < size; i++) {
            if (!gone[i] && version[i] > version[best]) {
                best = i;
            }
        }
        return best;
    }

    @Override
    public Capture capture(String url) throws IOException {
        Matcher m = ARTICLE.matcher(url);
        var now = clock.instant();
        if (!m.matches()) {
            return Capture.failed(url, now, new Failure(Failure.Kind.DNS, "net::ERR_NAME_NOT_RESOLVED"));
        }
        int article = Integer.parseInt(m.group(2));
        boolean deleted;
        int v;
        synchronized (this) {
            deleted = gone[article];
            v = version[article];
        }
        int status = deleted ? 404 : 200;
        String html = deleted ? page("Not found", "<p>This page does not exist.</p>")
                : pages.computeIfAbsent(article * 1000L + v, k -> page(title(article), text(article, v)));
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        String logo = "https://" + m.group(1) + "/logo.png";
        Exchange doc = exchange(url, status, "text/html; charset=utf-8", body, now);
        Exchange image = exchange(logo, 200, "image/png", SCREENSHOT, now.plusMillis(200));
        return new Capture(url, url, List.of(url), status, now, deleted ? List.of(doc) : List.of(doc, image),
                SCREENSHOT, html, Optional.empty());
    }

    private static Exchange exchange(String url, int status, String type, byte[] body, Instant at) {
        return new Exchange("GET", url, List.of(new Header("accept", "*/*")), new byte[0], status, "", "h2",
                List.of(new Header("content-type", type), new Header("content-length", String.valueOf(body.length))),
                body, at);
    }

    private static String page(String title, String body) {
        return "<!doctype html><html><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body>"
                + "<header><a href=\"/\">Home</a></header><article><h1>" + title + "</h1>" + body
                + "</article><footer>Comments are closed.</footer></body></html>";
    }

    /** Four paragraphs of some 60 words, the same for the same article and version. */
    private static String text(int article, int version) {
        Random r = new Random(article * 7919L + version);
        StringBuilder s = new StringBuilder();
        for (int p = 0; p < 4; p++) {
            s.append("<p>");
            for (int w = 0; w < 60; w++) {
                s.append(w == 0 ? "" : " ").append(WORDS[r.nextInt(WORDS.length)]);
            }
            s.append(".</p>");
        }
        return s.toString();
    }

    @Override
    public void close() {
        // one instance serves every worker; it holds nothing
    }
}
