package org.refkeeper;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refkeeper.imports.ImportReport;
import org.refkeeper.run.RunListener;
import org.refkeeper.report.RunEntry;
import org.refkeeper.testing.BundleRecords;
import org.refkeeper.testing.Habits;
import org.refkeeper.testing.HttpBlocks;
import org.refkeeper.testing.TestCaptures;
import org.refkeeper.testing.WaczHabits;
import org.refkeeper.verdict.State;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.refkeeper.ImportHabitsTest.text;
import static org.refkeeper.testing.Habits.CRAWL1;

/** Packages of browser-based tools: each listed page with its own records; frames are parts of their page. */
class ImportWaczTest {
    static final String STORY = "https://news.example.com/story";
    static final String POST = "https://blog.example.net/post";
    static final String EMBED = "https://video.example.net/embed/7";
    static final String SLOT = "https://ads.example.org/slot";

    @TempDir
    Path dir;

    @Test
    void aSignedBrowsertrixPackageOfTwoSitesGivesEachPageOnlyItsOwnRecords() throws Exception {
        WaczHabits.Page story = WaczHabits.page("p1", STORY, CRAWL1, "Story",
                Habits.article("Story", text("story"), "/s.css", "/i.png"),
                used("https://news.example.com/s.css", "https://news.example.com/i.png"));
        WaczHabits.Page post = WaczHabits.page("p2", POST, CRAWL1.plusSeconds(20), "Post",
                Habits.article("Post", text("post"), "/s.css", "/i.png"),
                used("https://blog.example.net/s.css", "https://blog.example.net/i.png"));
        Path wacz = WaczHabits.browsertrix(dir.resolve("crawl.wacz"), List.of(story), List.of(post));
        try (Archive archive = Archive.open(dir.resolve("archive"))) {
            ImportReport report = archive.importFiles(List.of(wacz), RunListener.NONE);

            assertEquals(List.of(STORY, POST), report.run().sources().stream().map(RunEntry::url).toList());
            assertEquals(List.of(State.NEW, State.NEW), ImportHabitsTest.states(report.run()));
            for (String url : List.of(STORY, POST)) {
                String host = url.substring(0, url.indexOf('/', 8));
                List<BundleRecords.Rec> records = BundleRecords.of(archive.root().resolve(
                        archive.source(url).captures().get(0)));
                List<BundleRecords.Rec> http = records.stream().filter(r -> r.type().matches("response|request|revisit"))
                        .toList();
                assertEquals(6, http.size(), url + ": response and request of the page, its sheet and its picture");
                assertTrue(http.stream().allMatch(r -> r.target().startsWith(host)), url);
                // copied as written: sha256 in hex, the page id
                assertTrue(http.stream().allMatch(r -> r.field("WARC-Payload-Digest").matches("sha256:[0-9a-f]{64}")));
                assertTrue(http.stream().allMatch(r -> r.field("WARC-Page-ID").equals(url.equals(STORY) ? "p1" : "p2")));
            }
            assertEquals(Optional.of("Story"), Optional.of(archive.source(STORY).liveTitle()));
            assertTrue(archive.verify().ok(), archive.verify().problems().toString());
            BundleRecords.assertAllValid(archive.root());
        }
    }

    @Test
    void anArchiveWebPagePackageWithFramesImportsOnePageWhoseFramesRestoreOffline() throws Exception {
        byte[] storyHtml = HttpBlocks.html("Story", "<article><h1>Story</h1><p>" + text("story") + "</p>"
                + "<iframe src=\"" + EMBED + "\" width=\"640\"></iframe></article>");
        byte[] embedHtml = HttpBlocks.html("Player", "<p>the video player's own words</p><img src=\"thumb.png\">"
                + "<iframe src=\"" + SLOT + "\"></iframe><script>fetch('/live')</script>");
        byte[] slotHtml = HttpBlocks.html("Slot", "<p>an advertisement inside the player</p>");
        Map<String, byte[]> used = new LinkedHashMap<>();
        used.put(EMBED, embedHtml);
        used.put("https://video.example.net/embed/thumb.png", TestCaptures.LOGO_PNG);
        used.put(SLOT, slotHtml);
        WaczHabits.Page story = WaczHabits.page("s1", STORY, CRAWL1, "Story", storyHtml, used);
        Path wacz = WaczHabits.archiveWebPage(dir.resolve("story.wacz"), List.of(story));
        try (Archive archive = Archive.open(dir.resolve("archive"))) {
            ImportReport report = archive.importFiles(List.of(wacz), RunListener.NONE);
            assertEquals(List.of(STORY), report.run().sources().stream().map(RunEntry::url).toList());

            Path to = dir.resolve("restored");
            archive.restore(STORY, Optional.empty(), to, false);
            Document page = Jsoup.parse(Files.readString(to.resolve("index.html")));
            Element frame = page.selectFirst("iframe");
            assertTrue(frame.attr("src").matches("files/[^/]+\\.html"), frame.outerHtml());
            Document embed = Jsoup.parse(Files.readString(to.resolve(frame.attr("src"))));
            assertTrue(embed.text().contains("the video player's own words"));
            assertTrue(embed.select("script").isEmpty());
            Element thumb = embed.selectFirst("img");
            assertArrayEquals(TestCaptures.LOGO_PNG, Files.readAllBytes(to.resolve("files").resolve(thumb.attr("src"))));
            Element nested = embed.selectFirst("iframe");
            assertFalse(nested.attr("src").contains("/"), "a frame's files are its neighbours: " + nested.outerHtml());
            assertTrue(Files.readString(to.resolve("files").resolve(nested.attr("src")), StandardCharsets.UTF_8)
                    .contains("an advertisement inside the player"));
        }
    }

    private static Map<String, byte[]> used(String css, String png) {
        Map<String, byte[]> used = new LinkedHashMap<>();
        used.put(css, "article { color: #222 }".getBytes(StandardCharsets.UTF_8));
        used.put(png, TestCaptures.LOGO_PNG);
        return used;
    }
}
