package org.refkeeper.web;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.refkeeper.history.CitedNote;
import org.refkeeper.history.SourceStatus;
import org.refkeeper.citations.Citation;

import java.util.List;

/**
 * One note as its writer thinks of it: every citation in the order of the note, with the state of its source,
 * the title the note gives it and a link to the archived copy. Which citations of this post are dead? This page.
 */
public final class NotePage {
    private NotePage() {
    }

    public static Document render(Site site, CitedNote note) {
        String name = site.noteName(note.note());
        Document doc = UiPage.shell(site, name);
        Element main = UiPage.main(doc);
        main.appendElement("h1").text(name);
        long dead = note.citations().stream().filter(c -> !c.source().state().good()).count();
        main.appendElement("p").addClass("muted").text(note.citations().size() + " citations, " + dead
                + " of them not reachable at the last check");
        Element table = main.appendElement("table");
        Element head = table.appendElement("tr");
        for (String column : List.of("line", "state", "cited as", "archived copy")) {
            head.appendElement("th").text(column);
        }
        for (CitedNote.Cited cited : note.citations()) {
            Citation c = cited.citation();
            SourceStatus s = cited.source();
            Element row = table.appendElement("tr").addClass("citation").attr("data-state", s.state().label());
            row.appendElement("td").addClass("line").text(String.valueOf(c.line()));
            UiPage.state(row.appendElement("td"), s.state());
            Element what = row.appendElement("td");
            String title = !c.title().isBlank() ? c.title() : !s.title().isBlank() ? s.title() : c.citedUrl();
            what.appendElement("a").addClass("title").attr("href", site.source(s.id())).text(title);
            what.appendElement("div").addClass("url").text(c.citedUrl());
            if (!c.heading().isBlank()) {
                what.appendElement("div").addClass("muted").text("under “" + c.heading() + "”");
            }
            Element copy = row.appendElement("td");
            s.lastGoodCapture().ifPresentOrElse(at -> site.lastCopy(s).ifPresentOrElse(
                    href -> copy.appendElement("a").addClass("copy").attr("href", href).text("archived " + UiPage.DAY.format(at)),
                    () -> copy.text("captured " + UiPage.DAY.format(at))), () -> copy.addClass("muted").text("none"));
        }
        return doc;
    }
}
