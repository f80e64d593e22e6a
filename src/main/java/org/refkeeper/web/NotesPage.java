package org.refkeeper.web;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.refkeeper.history.CitedNote;
import org.refkeeper.verdict.State;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Every note that cites a source, with how many citations it has and what became of them. */
public final class NotesPage {
    private NotesPage() {
    }

    public static Document render(Site site, List<CitedNote> notes) {
        Document doc = UiPage.shell(site, "Notes");
        Element main = UiPage.main(doc);
        main.appendElement("h1").text("Notes");
        main.appendElement("p").addClass("muted").text(notes.size() + (notes.size() == 1 ? " note" : " notes"));
        Element table = main.appendElement("table");
        Element head = table.appendElement("tr");
        for (String column : List.of("note", "citations", "states")) {
            head.appendElement("th").text(column);
        }
        for (CitedNote n : notes) {
            Element row = table.appendElement("tr").addClass("note");
            row.appendElement("td").appendElement("a").attr("href", site.note(n.note())).text(site.noteName(n.note()));
            row.appendElement("td").text(String.valueOf(n.citations().size()));
            Map<State, Integer> counts = new EnumMap<>(State.class);
            n.citations().forEach(c -> counts.merge(c.source().state(), 1, Integer::sum));
            Element states = row.appendElement("td");
            counts.forEach((s, count) -> {
                UiPage.state(states, s).text(s.label() + " " + count);
                states.appendText(" ");
            });
        }
        if (notes.isEmpty()) {
            main.appendElement("p").addClass("muted").text("no note cites a source yet");
        }
        return doc;
    }
}
