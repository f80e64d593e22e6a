package org.refkeeper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refkeeper.demo.LocalSite;
import org.refkeeper.run.RunListener;
import org.refkeeper.store.RunEntry;
import org.refkeeper.store.RunReport;
import org.refkeeper.testing.Fixtures;
import org.refkeeper.testing.RealWorld;
import org.refkeeper.verdict.State;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Real WeChat responses, served again under their own addresses, run through the whole pipeline. */
class RealWorldRunTest {
    @TempDir
    Path dir;

    @Test
    void realArticlesAreKeptAndRealNoticesJudgedForWhatTheyAre() throws Exception {
        List<Path> pages = RealWorld.wechatPages();
        String note = pages.stream().map(p -> RealWorld.wechatUrl(p) + "\n" + p.getFileName() + "\n")
                .collect(Collectors.joining("\n"));
        Path notePath = dir.resolve("wechat.md");
        Files.writeString(notePath, note);
        try (LocalSite site = Fixtures.startSite(); Archive archive = Archive.open(dir.resolve("archive"))) {
            RunReport run = archive.run(new RunOptions(List.of(notePath),
                    Fixtures.settings(site, Duration.ofSeconds(30), true).withConcurrency(2), Optional.of(0L)), RunListener.NONE);
            Map<String, RunEntry> byFile = pages.stream().collect(Collectors.toMap(p -> p.getFileName().toString(),
                    p -> run.sources().stream().filter(e -> e.url().equals(RealWorld.wechatUrl(p))).findFirst().orElseThrow()));
            byFile.forEach((file, e) -> {
                State expected = file.startsWith("article-") ? State.NEW
                        : file.startsWith("temporarily-") ? State.UNREACHABLE : State.VANISHED;
                assertEquals(expected, e.state(), file + ": " + e.reason());
            });
            assertEquals("该内容已被发布者删除", byFile.get("deleted-by-author-P9cMowFQ-QahLRnfHponKw.html").reason());
            assertEquals("此内容因违规无法查看", byFile.get("violation--WZT_VzhmSkJRAjb6GwsUA.html").reason());
            RunEntry article = byFile.get("article-KDWh_qGpFN5Vu1TR9t30Mw.html");
            String content = Files.readString(dir.resolve("archive/sources/" + article.id() + "/content.md"));
            assertTrue(content.length() > 2000, "the article's main text is kept: " + content.length() + " chars");
            assertTrue(content.startsWith("# " + article.liveTitle()), content.substring(0, 200));
        }
    }
}
