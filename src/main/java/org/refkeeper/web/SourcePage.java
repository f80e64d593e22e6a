package org.refkeeper.web;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.refkeeper.history.CaptureRow;
import org.refkeeper.history.SourceHistory;
import org.refkeeper.history.Transition;
import org.refkeeper.restore.OfflineCopy;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * One source: its history, one line per transition; every capture with its screenshot and links to its
 * restored page on the archived origin; and what changed between two captures.
 */
final class SourcePage {
    /** Two captures to compare and their diff (or why there is none). */
    record Comparison(CaptureRow from, CaptureRow to, Optional<String> unified, Optional<String> problem) {
    }

    private SourcePage() {
    }

    static Document render(SourceRow row, SourceHistory history, List<CaptureRow> captures,
                           Optional<Comparison> comparison, URI replay) {
        Document doc = UiPage.shell(row.title().isBlank() ? row.url() : row.title());
        Element main = UiPage.main(doc);
        main.appendElement("h1").text(row.title().isBlank() ? row.url() : row.title());
        Element about = main.appendElement("div");
        UiPage.state(about, row.state());
        about.appendText(" ");
        about.appendElement("a").attr("href", row.url()).attr("rel", "noreferrer").text(row.url());
        about.appendElement("div").addClass("muted").text("id " + row.id() + " · offline copy: refkeeper restore "
                + row.id() + " --to DIR");
        if (!row.citedIn().isEmpty()) {
            about.appendElement("div").addClass("muted").text("cited in " + String.join(", ", row.citedIn()));
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
            card(cards, row.id(), captures.get(i), replay);
        }
        if (captures.isEmpty()) {
            cards.appendElement("p").addClass("muted").text("no good capture yet");
        }
        comparison.ifPresent(c -> compare(main, row.id(), captures, c));
        return doc;
    }

    private static void card(Element cards, String id, CaptureRow c, URI replay) {
        Element card = cards.appendElement("div").addClass("capture");
        String page = replay.resolve(ReplayHandler.path(false, c.commit(), id, OfflineCopy.PAGE)).toString();
        card.appendElement("a").attr("href", page).appendElement("img").attr("loading", "lazy")
                .attr("alt", "screenshot of the capture of " + UiPage.when(c.at()))
                .attr("src", replay.resolve(ReplayHandler.path(false, c.commit(), id, "screenshot.png")).toString());
        card.appendElement("div").text(UiPage.when(c.at()) + (c.run().isEmpty() ? "" : " · run " + c.run()));
        Element links = card.appendElement("div");
        links.appendElement("a").addClass("restored").attr("href", page).text("restored page");
        links.appendText(" · ");
        links.appendElement("a").addClass("scripted").attr("href",
                replay.resolve(ReplayHandler.path(true, c.commit(), id, OfflineCopy.PAGE)).toString()).text("with its scripts");
        links.appendText(" · ");
        links.appendElement("a").attr("href",
                replay.resolve(ReplayHandler.path(false, c.commit(), id, c.fileName())).toString()).text("WARC");
    }

    private static void compare(Element main, String id, List<CaptureRow> captures, Comparison c) {
        main.appendElement("h2").text("Changes");
        Element form = main.appendElement("form").attr("method", "get").attr("action", "/source");
        form.appendElement("input").attr("type", "hidden").attr("name", "id").attr("value", id);
        choice(form, "from", captures, c.from());
        choice(form, "to", captures, c.to());
        form.appendElement("button").attr("type", "submit").text("Compare");
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
            Element option = select.appendElement("option").attr("value", c.commit())
                    .text(UiPage.when(c.at()) + (c.run().isEmpty() ? "" : " · run " + c.run()));
            if (c.commit().equals(chosen.commit())) {
                option.attr("selected", "");
            }
        }
        form.appendText(" ");
    }
}
