package org.refkeeper;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refkeeper.demo.LocalSite;
import org.refkeeper.demo.SiteResponse;
import org.refkeeper.run.RunListener;
import org.refkeeper.report.RunEntry;
import org.refkeeper.testing.FixtureFiles;
import org.refkeeper.testing.Fixtures;
import org.refkeeper.verdict.State;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A cited Zhihu question, run day after day while its answers come and go (fixtures/templates/zhihu). */
class ZhihuQuestionRunTest {
    private static final String QUESTION = "https://www.zhihu.com/question/310000001";

    @TempDir
    Path dir;

    @Test
    void newAndReorderedAnswersAreNoChangeOfTheQuestionButAnEditIs() throws Exception {
        String page = Files.readString(FixtureFiles.file("templates/zhihu/question.html"));
        Path note = dir.resolve("q.md");
        Files.writeString(note, "[存档怎样判断变了](" + QUESTION + ")\n");
        try (LocalSite site = Fixtures.startSite(); Archive archive = Archive.open(dir.resolve("archive"))) {
            String[] served = {page};
            site.route("www.zhihu.com", "/question/310000001", request -> SiteResponse.html(served[0]));
            RunEntry first = run(archive, note, site);
            served[0] = reorderedWithOneMore(page);
            RunEntry answered = run(archive, note, site);
            served[0] = served[0].replace("那么标题改了算不算？", "那么标题改了算不算？配图换了又算不算？");
            RunEntry edited = run(archive, note, site);

            assertEquals(State.NEW, first.state());
            assertEquals("first good capture; 3 answers seen of 57, not compared", first.reason());
            assertEquals(State.UNCHANGED, answered.state(), answered.reason());
            assertEquals("main text unchanged; 4 answers seen of 58, not compared", answered.reason());
            assertEquals(State.CHANGED, edited.state());
            String content = Files.readString(dir.resolve("archive/sources/" + edited.id() + "/content.md"));
            assertTrue(content.contains("配图换了又算不算？"), content);
            assertTrue(content.contains("## 4 answers seen of 58, not part of the comparison"), content);
            assertTrue(content.contains("新来的回答"), content);
            String report = Files.readString(dir.resolve("archive/REPORT.md"));
            assertTrue(report.contains("(main text differs; 4 answers seen of 58, not compared)"), report);
        }
    }

    private static RunEntry run(Archive archive, Path note, LocalSite site) throws IOException {
        return archive.run(new RunOptions(List.of(note), Fixtures.settings(site, Duration.ofSeconds(30), true),
                Optional.of(0L)), RunListener.NONE).sources().get(0);
    }

    /** The next day: the answers in another order, one new answer, other vote counts. */
    private static String reorderedWithOneMore(String page) {
        Document doc = Jsoup.parse(page, QUESTION);
        Element list = doc.selectFirst(".List-item").parent();
        List<Element> items = List.copyOf(list.children());
        items.forEach(Element::remove);
        Element added = items.get(0).clone();
        added.selectFirst(".AnswerItem").attr("name", "1100000009");
        added.selectFirst("[itemprop=text]").html("<p>新来的回答：先比标题，再比正文。</p>");
        list.appendChild(items.get(2)).appendChild(items.get(0)).appendChild(added).appendChild(items.get(1));
        doc.select("meta[itemprop=answerCount]").attr("content", "58");
        doc.select(".List-headerText span").html("58 个回答");
        doc.select(".VoteButton--up").forEach(b -> b.text("赞同 " + (b.text().length() * 13)));
        return doc.outerHtml();
    }
}
