package org.refkeeper.restore;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refkeeper.Archive;
import org.refkeeper.RunOptions;
import org.refkeeper.demo.LocalSite;
import org.refkeeper.demo.SiteResponse;
import org.refkeeper.run.RunListener;
import org.refkeeper.report.RunReport;
import org.refkeeper.testing.Fixtures;
import org.refkeeper.testing.Pngs;
import org.refkeeper.testing.RealWorld;
import org.refkeeper.testing.TestChromium;
import org.refkeeper.verdict.State;

import java.awt.Color;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Real WeChat posts archived with their pictures (served from 127.0.0.1 under mmbiz.qpic.cn), restored, and
 * looked at offline in Chromium: an article whose inline script left its lazy pictures with WeChat's zero-high
 * placeholder style, and an image post whose pictures only its own data lists.
 */
class RealPostRestoreTest {
    private static final String ARTICLE = "article-KDWh_qGpFN5Vu1TR9t30Mw.html";
    private static final String IMAGE_POST = "image-post-JJyPUpHLM2bGvfk5FNvTUA.html";

    @TempDir
    static Path dir;
    private static LocalSite site;
    private static TestChromium chromium;
    private static RunReport run;
    private static List<String> postPictures;
    private static final List<String> pictureRequests = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void archiveBoth() throws IOException {
        site = Fixtures.startSite();
        Document article = Jsoup.parse(Files.readString(page(ARTICLE)), url(ARTICLE));
        for (Element img : article.select("#js_content img[data-src]")) {
            int width = 216;
            double ratio = Double.parseDouble(img.attr("data-ratio").isEmpty() ? "0.75" : img.attr("data-ratio"));
            picture(img.absUrl("data-src"), Pngs.solid(width, Math.max(1, (int) Math.round(width * ratio)), Color.ORANGE));
        }
        postPictures = listedPictures(Files.readString(page(IMAGE_POST)));
        for (int i = 0; i < postPictures.size(); i++) {
            picture(postPictures.get(i), Pngs.solid(120, 160, new Color(40 * i, 90, 200)));
        }
        Path note = dir.resolve("notes/wechat.md");
        Files.createDirectories(note.getParent());
        Files.writeString(note, url(ARTICLE) + "\n\n" + url(IMAGE_POST) + "\n");
        try (Archive archive = Archive.open(dir.resolve("archive"))) {
            run = archive.run(new RunOptions(List.of(note), Fixtures.settings(site, Duration.ofSeconds(30), true),
                    Optional.of(0L)), RunListener.NONE);
        }
        chromium = TestChromium.launch(List.of());
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
        if (site != null) {
            site.close();
        }
    }

    @Test
    void aRestoredArticleShowsEveryPictureAtItsSize() throws IOException {
        assertEquals(State.NEW, state(ARTICLE));
        Path index = restore(ARTICLE, "article");
        try (Offline offline = new Offline(index)) {
            // the height the picture is drawn at: WeChat's placeholder is a zero-high box padded to the picture's shape
            List<?> sizes = (List<?>) offline.page.evaluate("[...document.querySelectorAll('#js_content img')]"
                    + ".map(i => [i.getAttribute('src'), i.complete, i.naturalWidth, parseFloat(getComputedStyle(i).height),"
                    + " getComputedStyle(i).visibility])");
            assertFalse(sizes.isEmpty());
            for (Object o : sizes) {
                List<?> size = (List<?>) o;
                assertTrue(String.valueOf(size.get(0)).startsWith("files/"), "not a local file: " + size);
                assertEquals(true, size.get(1), "not loaded: " + size);
                assertTrue(((Number) size.get(2)).intValue() > 0, "no picture: " + size);
                assertTrue(((Number) size.get(3)).doubleValue() > 0, "zero high: " + size);
                assertEquals("visible", size.get(4), "hidden: " + size);
            }
            assertEquals(List.of(), offline.blocked);
        }
    }

    @Test
    void aRestoredImagePostIsAGalleryOfItsCaptionAndEveryPicture() throws IOException {
        assertEquals(State.NEW, state(IMAGE_POST));
        assertEquals(4, postPictures.size());
        assertTrue(pictureRequests.containsAll(postPictures.stream().map(u -> URI.create(u).getRawPath()).toList()),
                "the capture asked for every listed picture: " + pictureRequests);
        Path index = restore(IMAGE_POST, "image-post");
        try (Offline offline = new Offline(index)) {
            String text = offline.page.innerText("#" + Gallery.ID);
            assertTrue(text.startsWith("今年，中国汽车行业价格战，寒气越发深入。"), text);
            assertTrue(text.contains("【作者丨徐蔡钰】"), text);
            List<?> sizes = (List<?>) offline.page.evaluate("[...document.querySelectorAll('#" + Gallery.ID + " img')]"
                    + ".map(i => [i.naturalWidth, i.naturalHeight, i.getBoundingClientRect().height])");
            assertEquals(4, sizes.size());
            for (Object o : sizes) {
                List<?> size = (List<?>) o;
                assertEquals(List.of(120, 160), size.subList(0, 2).stream().map(n -> ((Number) n).intValue()).toList());
                assertTrue(((Number) size.get(2)).doubleValue() > 100, "shown at reading size: " + size);
            }
            assertEquals(List.of(), offline.blocked);
        }
    }

    private static State state(String file) {
        return run.sources().stream().filter(e -> e.url().equals(url(file))).findFirst().orElseThrow().state();
    }

    private static Path restore(String file, String to) throws IOException {
        try (Archive archive = Archive.open(dir.resolve("archive"))) {
            return archive.restore(url(file), Optional.empty(), dir.resolve(to), false).page();
        }
    }

    private static void picture(String url, byte[] png) {
        URI u = URI.create(url);
        site.route(u.getHost(), u.getRawPath(), request -> {
            pictureRequests.add(request.path());
            return SiteResponse.of(200, "image/png", png);
        });
    }

    /** The image post's own list of pictures, as its data gives them. */
    private static List<String> listedPictures(String html) {
        Matcher m = Pattern.compile("\\n {16}cdn_url: '([^']+)'").matcher(html);
        List<String> urls = new ArrayList<>();
        while (m.find()) {
            urls.add(m.group(1).replace("\\x26amp;", "&"));
        }
        return urls;
    }

    private static Path page(String file) {
        return RealWorld.dir().resolve("wechat/" + file);
    }

    private static String url(String file) {
        return "https://mp.weixin.qq.com/s/" + file.substring(file.length() - 27, file.length() - 5);
    }

    /** The restored page in a browser that may load local files only. */
    private static final class Offline implements AutoCloseable {
        final BrowserContext context;
        final Page page;
        final List<String> blocked = new CopyOnWriteArrayList<>();

        Offline(Path index) {
            context = chromium.browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                    .setViewportSize(1280, 900));
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
