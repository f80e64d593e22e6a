package org.refkeeper.web;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.refkeeper.history.CaptureRow;
import org.refkeeper.history.SourceHistory;
import org.refkeeper.history.Transition;
import org.refkeeper.citations.Citation;
import org.refkeeper.restore.OfflineCopy;

import java.util.List;
import java.util.Optional;

/**
 * One source: its history, one line per transition; every capture with its screenshot (or a placeholder where
 * it has none) and links to its offline copy; and what changed between captures. Live, a form picks the two
 * captures to compare; published, every capture is compared with the one before it.
 */
public final class SourcePage {
    /** Two captures to compare and their diff (or why there is none). */
    public record Comparison(CaptureRow from, CaptureRow to, Optional<String> unified, Optional<String> problem) {
    }

    private SourcePage() {
    }

    public static Document render(Site site, SourceRow row, SourceHistory history, List<CaptureRow> captures,
                                  List<Comparison> comparisons) {
        Document doc = UiPage.shell(site, row.shownTitle());
        Element main = UiPage.main(doc);
        main.appendElement("h1").text(row.shownTitle());
        Element about = main.appendElement("div");
        UiPage.state(about, row.status().state());
        about.appendText(" ");
        about.appendElement("a").attr("href", row.url()).attr("rel", "noreferrer").text(row.url());
        if (site.live()) {
            about.appendElement("div").addClass("muted").text("id " + row.id() + " · offline copy: refkeeper restore "
                    + row.id() + " --to DIR");
        }
        List<Citation> cited = row.citedIn();
        if (!cited.isEmpty()) {
            Element notes = about.appendElement("div").addClass("muted").addClass("cited").text("cited in ");
            for (int i = 0; i < cited.size(); i++) {
                Citation c = cited.get(i);
                notes.appendText(i == 0 ? "" : ", ");
                notes.appendElement("a").attr("href", site.note(c.note())).text(site.noteName(c.note()) + ":" + c.line());
            }
        }

        main.appendElement("h2").text("History");
        Element list = main.appendElement("ul").addClass("history");
        for (Transition t : history.transitions()) {
            Element item = list.appendElement("li");
            item.appendText(UiPage.when(t.at()) + " ");
            UiPage.state(item, t.state());
            item.appendText(" " + t.reason() + (t.run().isEmpty() ? "" : " (run " + t.run() + ")"));
        }

        main.appendElement("h2").text("Captures");
        Element cards = main.appendElement("div").addClass("captures");
        for (int i = captures.size() - 1; i >= 0; i--) {
            card(site, cards, row.id(), captures.get(i));
        }
        if (captures.isEmpty()) {
            cards.appendElement("p").addClass("muted").text("no good capture yet");
        }
        if (site.live()) {
            comparisons.stream().findFirst().ifPresent(c -> compare(main, row.id(), captures, c));
        } else if (!comparisons.isEmpty()) {
            main.appendElement("h2").text("Changes");
            for (Comparison c : comparisons) {
                main.appendElement("h3").text(label(c.from()) + " → " + label(c.to()));
                diff(main, c);
            }
        }
        return doc;
    }

    private static void card(Site site, Element cards, String id, CaptureRow c) {
        Element card = cards.appendElement("div").addClass("capture");
        Optional<String> page = site.copy(id, c, OfflineCopy.PAGE);
        Optional<String> shot = c.screenshot() ? site.copy(id, c, OfflineCopy.SCREENSHOT) : Optional.empty();
        Element preview = page.map(href -> card.appendElement("a").attr("href", href)).orElse(card);
        if (shot.isPresent()) {
            preview.appendElement("img").attr("loading", "lazy")
                    .attr("alt", "screenshot of the capture of " + UiPage.when(c.at())).attr("src", shot.get());
        } else {
            noScreenshot(preview, c, page.isPresent());
        }
        card.appendElement("div").text(label(c));
        Element links = card.appendElement("div");
        if (page.isEmpty()) {
            links.addClass("muted").text("not published: only the last good capture is");
            return;
        }
        links.appendElement("a").addClass("restored").attr("href", page.get()).text(c.rendered() ? "restored page" : "the file");
        site.scripted(id, c).filter(s -> c.rendered()).ifPresent(s -> {
            links.appendText(" · ");
            links.appendElement("a").addClass("scripted").attr("href", s).text("with its scripts");
        });
        site.copy(id, c, c.fileName()).ifPresent(warc -> {
            links.appendText(" · ");
            links.appendElement("a").addClass("warc").attr("href", warc).text("WARC");
        });
    }

    /** What stands where a screenshot would: says why there is none, and is no broken image. */
    private static void noScreenshot(Element parent, CaptureRow c, boolean published) {
        Element box = parent.appendElement("div").addClass("no-shot").attr("role", "img");
        String why;
        if (!published) {
            box.appendElement("strong").text("not published");
            why = "this capture is only in the archive";
        } else if (!c.rendered()) {
            box.appendElement("strong").text("a file, not a page");
            why = "kept as the server sent it (a PDF, a document): no screenshot";
        } else {
            box.appendElement("strong").text("no screenshot");
            why = "none was kept of this page (pages imported from other tools' archives have none)";
        }
        box.appendElement("span").text(why);
        box.attr("aria-label", box.text());
    }

    private static String label(CaptureRow c) {
        return UiPage.when(c.at()) + (c.run().isEmpty() ? "" : " · run " + c.run());
    }

    private static void compare(Element main, String id, List<CaptureRow> captures, Comparison c) {
        main.appendElement("h2").text("Changes");
        Element form = main.appendElement("form").attr("method", "get").attr("action", "/source");
        form.appendElement("input").attr("type", "hidden").attr("name", "id").attr("value", id);
        choice(form, "from", captures, c.from());
        choice(form, "to", captures, c.to());
        form.appendElement("button").attr("type", "submit").text("Compare");
        diff(main, c);
    }

    private static void diff(Element main, Comparison c) {
        c.problem().ifPresent(p -> main.appendElement("p").addClass("muted").text(p));
        c.unified().ifPresent(u -> {
            if (u.isEmpty()) {
                main.appendElement("p").addClass("muted").text("no change in the main text");
            } else {
                DiffHtml.append(main, u);
            }
        });
    }

    private static void choice(Element form, String name, List<CaptureRow> captures, CaptureRow chosen) {
        form.appendElement("label").text(name + " ");
        Element select = form.appendElement("select").attr("name", name);
        for (CaptureRow c : captures) {
            Element option = select.appendElement("option").attr("value", c.commit()).text(label(c));
            if (c.commit().equals(chosen.commit())) {
                option.attr("selected", "");
            }
        }
        form.appendText(" ");
    }
}
