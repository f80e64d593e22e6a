package org.refkeeper.wacz;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refkeeper.Archive;
import org.refkeeper.testing.ExportFixtures;
import org.refkeeper.testing.WechatLike;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The exported package opens in ReplayWeb.page, the viewer most people will use: its own service worker reads the
 * WACZ from 127.0.0.1 (a secure context, as service workers need) and replays the archived article.
 */
class WaczExportReplayTest {
    private static final Path VIEWER = Path.of("target/replaywebpage/package");
    private static final Duration PATIENCE = Duration.ofSeconds(45);
    private static final Pattern RANGE = Pattern.compile("bytes=(\\d*)-(\\d*)");

    @TempDir
    Path dir;

    @Test
    void replayWebPageShowsTheArchivedArticle() throws Exception {
        if (!Files.isRegularFile(VIEWER.resolve("ui.js")) || !Files.isRegularFile(VIEWER.resolve("sw.js"))) {
            fail("ReplayWeb.page is not in " + VIEWER.toAbsolutePath() + "; run scripts/setup --test");
        }
        Path root = ExportFixtures.archiveOf(dir, List.of(WechatLike.ARTICLE));
        Path wacz = dir.resolve("export.wacz");
        try (Archive archive = Archive.open(root)) {
            archive.exportWacz(wacz, List.of());
        }
        String embed = "<!doctype html><html><head><meta charset=\"utf-8\"><script src=\"/ui.js\"></script></head>"
                + "<body style=\"height:900px\"><replay-web-page source=\"/export.wacz\" url=\"" + WechatLike.ARTICLE
                + "\" replayBase=\"/\" embed=\"replayonly\"></replay-web-page></body></html>";
        HttpServer server = serve(wacz, embed);
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
             Browser chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
                     .setExecutablePath(chromium()).setHeadless(true)
                     .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                             "--disable-background-networking", "--disable-component-update", "--disable-sync",
                             "--no-first-run")))) {
            Page page = chromium.newPage();
            List<String> console = Collections.synchronizedList(new ArrayList<>());
            page.onConsoleMessage(m -> console.add(m.type() + ": " + m.text()));
            page.navigate("http://127.0.0.1:" + server.getAddress().getPort() + "/embed.html");
            Optional<String> text = articleText(page);
            assertTrue(text.filter(t -> t.contains(WechatLike.INTRO)).isPresent(),
                    "the replayed article shows its text; frames " + page.frames().stream().map(Frame::url).toList()
                            + ", text " + text + ", console " + console);
        } finally {
            server.stop(0);
        }
    }

    /** The article's text once a frame replaying it shows it: replay puts it in an iframe inside shadow DOM. */
    private static Optional<String> articleText(Page page) {
        Instant deadline = Instant.now().plus(PATIENCE);
        Optional<String> last = Optional.empty();
        while (Instant.now().isBefore(deadline)) {
            for (Frame frame : page.frames()) {
                if (!frame.url().contains("mp.weixin.qq.com/s/")) {
                    continue;
                }
                try {
                    last = Optional.of(frame.locator("#js_content")
                            .innerText(new Locator.InnerTextOptions().setTimeout(1000)));
                    if (last.get().contains(WechatLike.INTRO)) {
                        return last;
                    }
                } catch (PlaywrightException notYet) {
                    // the frame is still loading, or navigated away meanwhile
                }
            }
            page.waitForTimeout(250); // lets Playwright take in the events that add frames
        }
        return last;
    }

    private static Path chromium() {
        Path bare = Path.of("/usr/lib/chromium/chromium");
        return Files.isExecutable(bare) ? bare : Path.of("/usr/bin/chromium");
    }

    /**
     * The embedding page, the package (with the byte ranges the viewer asks for) and the viewer's files. The
     * viewer's frame asks for {@code /?source=...} before its service worker answers, so {@code /} is its app.
     */
    private static HttpServer serve(Path wacz, String embed) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        Path viewer = VIEWER.toAbsolutePath().normalize();
        server.createContext("/", exchange -> {
            try (exchange) {
                String path = exchange.getRequestURI().getPath();
                if (path.equals("/embed.html")) {
                    send(exchange, 200, "text/html; charset=utf-8", embed.getBytes(StandardCharsets.UTF_8));
                } else if (path.equals("/export.wacz")) {
                    sendRange(exchange, Files.readAllBytes(wacz));
                } else {
                    Path file = viewer.resolve(path.equals("/") ? "index.html" : path.substring(1)).normalize();
                    if (file.startsWith(viewer) && Files.isRegularFile(file)) {
                        send(exchange, 200, type(file), Files.readAllBytes(file));
                    } else {
                        send(exchange, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
                    }
                }
            }
        });
        server.start();
        return server;
    }

    private static void sendRange(HttpExchange exchange, byte[] bytes) throws IOException {
        exchange.getResponseHeaders().set("Accept-Ranges", "bytes");
        String range = exchange.getRequestHeaders().getFirst("Range");
        Matcher m = range == null ? null : RANGE.matcher(range);
        if (m == null || !m.matches() || m.group(1).isEmpty() && m.group(2).isEmpty()) {
            send(exchange, 200, "application/wacz", bytes);
            return;
        }
        int last = bytes.length - 1;
        int from;
        int to;
        if (m.group(1).isEmpty()) {
            from = Math.max(0, bytes.length - Integer.parseInt(m.group(2)));
            to = last;
        } else {
            from = Integer.parseInt(m.group(1));
            to = m.group(2).isEmpty() ? last : Math.min(Integer.parseInt(m.group(2)), last);
        }
        exchange.getResponseHeaders().set("Content-Range", "bytes " + from + "-" + to + "/" + bytes.length);
        byte[] part = new byte[to - from + 1];
        System.arraycopy(bytes, from, part, 0, part.length);
        send(exchange, 206, "application/wacz", part);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static String type(Path file) {
        String name = file.getFileName().toString();
        if (name.endsWith(".js")) {
            return "application/javascript";
        }
        if (name.endsWith(".html")) {
            return "text/html; charset=utf-8";
        }
        if (name.endsWith(".json")) {
            return "application/json";
        }
        if (name.endsWith(".wasm")) {
            return "application/wasm";
        }
        return name.endsWith(".css") ? "text/css" : "application/octet-stream";
    }
}
