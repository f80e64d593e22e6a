package org.refkeeper.web;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.refkeeper.verdict.State;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The UI's front page: every source with its state and title, filtered by state and, when live, by words. */
public final class ListPage {
    private static final int SNIPPET = 60;

    private ListPage() {
    }

    public static Document render(Site site, List<SourceRow> all, Optional<State> state, Optional<String> query) {
        List<SourceRow> shown = all.stream()
                .filter(r -> state.map(r.status().state()::equals).orElse(true))
                .filter(r -> query.map(r::matches).orElse(true))
                .toList();
        String heading = state.map(s -> "Sources " + s.label()).orElse("Sources");
        Document doc = UiPage.shell(site, heading);
        Element main = UiPage.main(doc);
        main.appendElement("h1").text(heading);
        states(site, main, all, state, query);
        if (site.live()) {
            form(main, state, query);
        }
        main.appendElement("p").addClass("muted").text(shown.size() + " of " + all.size() + " sources");
        Element table = main.appendElement("table");
        Element head = table.appendElement("tr");
        for (String column : List.of("state", "source", "last good capture", "captures")) {
            head.appendElement("th").text(column);
        }
        for (SourceRow r : shown) {
            Element row = table.appendElement("tr").addClass("source");
            UiPage.state(row.appendElement("td"), r.status().state());
            Element cell = row.appendElement("td");
            cell.appendElement("a").attr("href", site.source(r.id())).text(r.shownTitle());
            cell.appendElement("div").addClass("url").text(r.url());
            query.flatMap(q -> snippet(r.mainText(), q)).ifPresent(s -> cell.appendElement("div").addClass("snippet").text(s));
            Element last = row.appendElement("td");
            r.status().lastGoodCapture().map(UiPage::when).ifPresentOrElse(when -> site.lastCopy(r.status())
                    .ifPresentOrElse(href -> last.appendElement("a").addClass("copy").attr("href", href).text(when),
                            () -> last.text(when)), () -> last.text("never"));
            row.appendElement("td").text(String.valueOf(r.status().captures()));
        }
        return doc;
    }

    /** Links to each state present, with counts: the quickest filter. */
    private static void states(Site site, Element main, List<SourceRow> all, Optional<State> state, Optional<String> query) {
        Map<State, Integer> counts = new EnumMap<>(State.class);
        all.forEach(r -> counts.merge(r.status().state(), 1, Integer::sum));
        Element nav = main.appendElement("nav").addClass("states");
        // a live search keeps its words across the state links
        String q = query.filter(v -> site.live()).map(v -> "q=" + UiPage.encode(v)).orElse("");
        Element everything = nav.appendElement("a").attr("href", withQuery(site.sources(Optional.empty()), q))
                .text("all (" + all.size() + ")");
        if (state.isEmpty()) {
            everything.wrap("<strong></strong>");
        }
        counts.forEach((s, n) -> {
            nav.appendText(" · ");
            Element link = nav.appendElement("a").attr("href", withQuery(site.sources(Optional.of(s)), q))
                    .text(s.label() + " (" + n + ")");
            if (state.filter(s::equals).isPresent()) {
                link.wrap("<strong></strong>");
            }
        });
    }

    private static String withQuery(String href, String q) {
        return q.isEmpty() ? href : href + (href.contains("?") ? "&" : "?") + q;
    }

    /** A GET form: filtering works without any script. */
    private static void form(Element main, Optional<State> state, Optional<String> query) {
        Element form = main.appendElement("form").attr("method", "get").attr("action", "/");
        form.appendElement("input").attr("type", "search").attr("name", "q").attr("size", "40")
                .attr("placeholder", "words in titles, URLs and text").attr("value", query.orElse(""));
        state.ifPresent(s -> form.appendElement("input").attr("type", "hidden").attr("name", "state").attr("value", s.label()));
        form.appendElement("button").attr("type", "submit").text("Search");
    }

    /** The text around the first word of the query found in the main text. */
    private static Optional<String> snippet(String text, String query) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String word : query.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
            int at = lower.indexOf(word);
            if (at >= 0) {
                int from = Math.max(0, at - SNIPPET);
                int to = Math.min(text.length(), at + word.length() + SNIPPET);
                String cut = text.substring(from, to).replaceAll("\\s+", " ").strip();
                return Optional.of((from > 0 ? "…" : "") + cut + (to < text.length() ? "…" : ""));
            }
        }
        return Optional.empty();
    }
}
