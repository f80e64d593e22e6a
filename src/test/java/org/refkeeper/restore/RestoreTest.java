package org.refkeeper.restore;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refkeeper.Archive;
import org.refkeeper.cli.Main;
import org.refkeeper.io.BadInputException;
import org.refkeeper.testing.ArchivedArticle;
import org.refkeeper.testing.ImageDifference;
import org.refkeeper.testing.Pngs;
import org.refkeeper.testing.TestChromium;
import org.refkeeper.testing.WechatLike;
import org.refkeeper.verdict.State;
import picocli.CommandLine;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Restoring a vanished WeChat-like article from a real archive, and opening it with the network cut. */
class RestoreTest {
    @TempDir
    static Path dir;
    private static ArchivedArticle fixture;
    private static TestChromium chromium;
    private static RestoreResult latest;

    @BeforeAll
    static void archiveAndRestore() throws IOException {
        fixture = ArchivedArticle.build(dir);
        chromium = TestChromium.launch(List.of());
        try (Archive archive = fixture.open()) {
            latest = archive.restore(ArchivedArticle.ARTICLE, Optional.empty(), dir.resolve("latest"), false);
        }
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void theRunsMadeTheArticleVanishAfterAnEdit() {
        assertEquals(List.of(State.NEW, State.CHANGED, State.VANISHED), fixture.runs.stream()
                .map(r -> r.sources().stream().filter(e -> e.url().equals(ArchivedArticle.ARTICLE)).findFirst()
                        .orElseThrow().state()).toList());
        assertEquals(State.VANISHED, latest.stateNow());
    }

    @Test
    void vanishedArticleOpensOfflineWithItsFullTextAndRealPictures() throws IOException {
        try (Offline offline = new Offline(chromium.browser, latest.page())) {
            String text = offline.page.innerText("body");
            for (String paragraph : List.of(ArchivedArticle.OPENING, ArchivedArticle.EDITED, "全文完。")) {
                assertTrue(text.contains(paragraph), "missing: " + paragraph);
            }
            assertEquals("visible", offline.page.evaluate(
                    "getComputedStyle(document.getElementById('js_content')).visibility"));
            assertEquals("1", offline.page.evaluate("getComputedStyle(document.getElementById('js_content')).opacity"));
            List<?> sizes = (List<?>) offline.page.evaluate("[...document.querySelectorAll('img.rich_pages')]"
                    + ".map(i => [i.complete, i.naturalWidth, i.naturalHeight])");
            BufferedImage placeholder = Pngs.read(WechatLike.PLACEHOLDER);
            assertEquals(WechatLike.IMAGES.size(), sizes.size());
            for (int i = 0; i < sizes.size(); i++) {
                BufferedImage real = Pngs.read(WechatLike.image(i));
                List<?> size = (List<?>) sizes.get(i);
                assertEquals(List.of(true, real.getWidth(), real.getHeight()), size, "image " + i);
                assertNotEquals(placeholder.getWidth(), ((Number) size.get(1)).intValue(), "image " + i);
            }
            assertEquals(List.of(), offline.blocked, "the restored page asked the network for these");
            assertTrue(text.contains("state now: vanished"), "banner missing");
        }
    }

    @Test
    void styleSheetsAndWhatTheyLoadAreLocalFiles() throws IOException {
        try (Offline offline = new Offline(chromium.browser, latest.page())) {
            // the imported sheet sets the quote's border; the page's sheet the background picture
            assertEquals("6px", offline.page.evaluate("getComputedStyle(document.querySelector('.quote')).borderLeftWidth"));
            Object background = offline.page.evaluate("getComputedStyle(document.body).backgroundImage");
            assertTrue(String.valueOf(background).startsWith("url(\"file:"), "background " + background);
            assertEquals(List.of(), offline.blocked);
        }
        String css = files().stream().filter(f -> f.toString().endsWith(".css")).map(RestoreTest::text)
                .reduce("", String::concat);
        assertFalse(css.contains("res.wx.qq.com"), css);
        assertTrue(css.matches("(?s).*url\\(\"brand-[0-9a-f]{8}\\.woff2\"\\).*"), "font not local: " + css);
    }

    @Test
    void restoredPageLooksLikeTheCapturesScreenshot() throws IOException {
        BufferedImage shot = Pngs.read(Files.readAllBytes(latest.dir().resolve("screenshot.png")));
        BufferedImage restored;
        BufferedImage onePictureShort;
        try (Offline offline = new Offline(chromium.browser, latest.page())) {
            restored = Pngs.read(offline.page.screenshot(new Page.ScreenshotOptions().setFullPage(true)));
            // the same page with one picture gone: what the comparison must not forgive
            offline.page.evaluate("document.querySelector('img.rich_pages').style.visibility = 'hidden'");
            onePictureShort = Pngs.read(offline.page.screenshot(new Page.ScreenshotOptions().setFullPage(true)));
        }
        assertEquals(shot.getWidth(), restored.getWidth());
        assertEquals(shot.getHeight(), restored.getHeight());
        double difference = ImageDifference.meanGreyDifference(shot, restored, 4);
        System.out.printf("restored page vs capture screenshot: mean grey difference %.5f%n", difference);
        assertTrue(difference < ImageDifference.TOLERANCE, "mean grey difference " + difference);
        assertTrue(ImageDifference.meanGreyDifference(shot, onePictureShort, 4) > ImageDifference.TOLERANCE);
    }

    @Test
    void restoreAtTheFirstRunGivesTheFirstDraft() throws IOException {
        RestoreResult first;
        try (Archive archive = fixture.open()) {
            first = archive.restore(ArchivedArticle.ARTICLE, Optional.of(fixture.runs.get(0).run()),
                    dir.resolve("first"), false);
        }
        assertTrue(first.capturedAt().isBefore(fixture.runs.get(1).started()));
        String html = Files.readString(first.page());
        assertTrue(html.contains(ArchivedArticle.FIRST_DRAFT));
        assertFalse(html.contains(ArchivedArticle.EDITED));
        String content = Files.readString(first.dir().resolve("content.md"));
        assertTrue(content.contains(ArchivedArticle.FIRST_DRAFT) && !content.contains(ArchivedArticle.EDITED), content);
        assertTrue(Files.readString(latest.dir().resolve("content.md")).contains(ArchivedArticle.EDITED));
    }

    @Test
    void craftedAddressesBecomeSafeNamesInsideTheFolder() throws IOException {
        Path real = latest.dir().toRealPath();
        List<Path> files = files();
        for (Path f : files) {
            assertTrue(f.toRealPath().startsWith(real), f + " is outside " + real);
        }
        List<Path> pictures = files.stream().filter(f -> Arrays.equals(bytes(f), ArchivedArticle.CRAFTED_PICTURE)).toList();
        assertEquals(ArchivedArticle.CRAFTED.size(), pictures.size(), "crafted pictures: " + pictures);
        for (Path f : files.stream().filter(f -> f.getParent().endsWith("files")).toList()) {
            String name = f.getFileName().toString();
            assertTrue(name.matches("[A-Za-z0-9_-]{1,64}\\.[a-z0-9]{1,8}"), name);
            assertFalse(name.split("[.-]")[0].matches("(?i)con|prn|aux|nul|com[0-9]|lpt[0-9]"), name);
        }
    }

    @Test
    void aPlainGitCloneRestoresTheSamePage() throws IOException, InterruptedException {
        Path clone = dir.resolve("clone");
        Process git = new ProcessBuilder("git", "clone", "-q", fixture.root.toString(), clone.toString())
                .redirectErrorStream(true).start();
        String output = new String(git.getInputStream().readAllBytes());
        assertEquals(0, git.waitFor(), output);
        RestoreResult fromClone;
        try (Archive archive = Archive.open(clone)) {
            fromClone = archive.restore(ArchivedArticle.ARTICLE, Optional.empty(), dir.resolve("from-clone"), false);
        }
        assertEquals(latest.files(), fromClone.files());
        for (String f : latest.files()) {
            assertArrayEquals(Files.readAllBytes(latest.dir().resolve(f)), Files.readAllBytes(fromClone.dir().resolve(f)), f);
        }
    }

    @Test
    void refusesAFolderThatIsNotAnEarlierRestoreAndReplacesOneThatIs() throws IOException {
        Path occupied = Files.createDirectories(dir.resolve("occupied"));
        Files.writeString(occupied.resolve("thesis.tex"), "mine");
        try (Archive archive = fixture.open()) {
            BadInputException e = assertThrows(BadInputException.class,
                    () -> archive.restore(ArchivedArticle.ARTICLE, Optional.empty(), occupied, false));
            assertTrue(e.getMessage().contains("not empty"), e.getMessage());
            assertEquals(List.of("thesis.tex"), list(occupied));

            Path again = dir.resolve("again");
            RestoreResult now = archive.restore(ArchivedArticle.ARTICLE, Optional.empty(), again, false);
            RestoreResult before = archive.restore(ArchivedArticle.ARTICLE, Optional.of(fixture.runs.get(0).run()),
                    again, false);
            String oldBundle = now.files().stream().filter(f -> f.endsWith(".warc.gz")).findFirst().orElseThrow();
            assertFalse(before.files().contains(oldBundle));
            assertFalse(Files.exists(again.resolve(oldBundle)), "a file of the earlier restore was left behind");
        }
    }

    @Test
    void aLinkThatLeadsIntoTheArchiveIsRefusedAndNothingIsWrittenThere() throws IOException {
        Path intoSources = Files.createSymbolicLink(dir.resolve("into-sources"), fixture.root.resolve("sources"));
        Path dangling = Files.createSymbolicLink(dir.resolve("dangling"), fixture.root.resolve("restored-here"));
        Path toArchive = Files.createSymbolicLink(dir.resolve("archive-link"), fixture.root);
        try (Archive archive = fixture.open()) {
            for (Path to : List.of(intoSources, intoSources.resolve("new"), dangling, toArchive.resolve("copy"))) {
                BadInputException e = assertThrows(BadInputException.class,
                        () -> archive.restore(ArchivedArticle.ARTICLE, Optional.empty(), to, false));
                assertTrue(e.getMessage().contains("inside the archive") && e.getMessage().contains("symbolic link"),
                        e.getMessage());
            }
            BadInputException wacz = assertThrows(BadInputException.class,
                    () -> archive.exportWacz(toArchive.resolve("all.wacz"), List.of()));
            assertTrue(wacz.getMessage().contains("inside the archive"), wacz.getMessage());
        }
        for (String written : List.of("restored-here", "sources/new", "copy", "all.wacz")) {
            assertFalse(Files.exists(fixture.root.resolve(written)), written);
        }
    }

    @Test
    void scriptsAreRemovedUnlessKept() throws IOException {
        Document stripped = Jsoup.parse(latest.page().toFile());
        assertTrue(stripped.select("script").isEmpty());
        assertTrue(stripped.getAllElements().stream().flatMap(e -> e.attributes().asList().stream())
                .noneMatch(a -> a.getKey().startsWith("on") || a.getValue().startsWith("javascript:")));
        RestoreResult kept;
        try (Archive archive = fixture.open()) {
            kept = archive.restore(ArchivedArticle.ARTICLE, Optional.empty(), dir.resolve("scripted"), true);
        }
        assertTrue(Jsoup.parse(kept.page().toFile()).select("script").html().contains("mp/beacon"));
    }

    @Test
    void commandLinePrintsWhereThePageIs() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
        Path to = dir.resolve("cli");
        int code = cl.execute("--archive", fixture.root.toString(), "restore", ArchivedArticle.ARTICLE, "--to", to.toString());
        assertEquals(0, code, err.toString());
        assertTrue(out.toString().contains(to.resolve("index.html").toUri().toString()), out.toString());
        assertTrue(out.toString().contains("state now: vanished"), out.toString());
        int refused = cl.execute("--archive", fixture.root.toString(), "restore", ArchivedArticle.ARTICLE, "--to",
                fixture.root.toString());
        assertEquals(2, refused);
        assertTrue(err.toString().contains("inside the archive"), err.toString());
        Path occupied = fixture.note.getParent();
        assertEquals(2, cl.execute("--archive", fixture.root.toString(), "restore", ArchivedArticle.ARTICLE, "--to",
                occupied.toString()));
        assertTrue(err.toString().contains("name a new or empty folder"), err.toString());
    }

    private static List<Path> files() throws IOException {
        try (Stream<Path> all = Files.walk(latest.dir())) {
            return all.filter(Files::isRegularFile).toList();
        }
    }

    private static List<String> list(Path folder) throws IOException {
        try (Stream<Path> all = Files.list(folder)) {
            return all.map(p -> p.getFileName().toString()).toList();
        }
    }

    private static String text(Path file) {
        return new String(bytes(file), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** A restored page open in Chromium with every request that is not for a local file aborted. */
    private static final class Offline implements AutoCloseable {
        final BrowserContext context;
        final Page page;
        final List<String> blocked = new CopyOnWriteArrayList<>();

        Offline(Browser browser, Path index) {
            context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
            context.route("**/*", route -> {
                if (route.request().url().startsWith("file:")) {
                    route.resume();
                } else {
                    blocked.add(route.request().url());
                    route.abort();
                }
            });
            page = context.newPage();
            page.navigate(index.toUri().toString());
            page.waitForLoadState(LoadState.LOAD);
        }

        @Override
        public void close() {
            context.close();
        }
    }
}
