package org.refkeeper.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import org.jsoup.nodes.Document;
import org.refkeeper.history.ArchiveHistory;
import org.refkeeper.history.CaptureRow;
import org.refkeeper.io.BadInputException;
import org.refkeeper.verdict.State;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The UI origin: {@code /} lists the sources, {@code /source?id=ID[&from=COMMIT&to=COMMIT]} shows one,
 * {@code /notes} lists the notes and {@code /note?path=NOTE} shows one note's citations.
 */
final class UiHandler implements HttpHandler {
    private final ArchiveHistory history;
    private final URI replay;
    private final Set<String> hosts;

    UiHandler(ArchiveHistory history, URI replay, Set<String> hosts) {
        this.history = history;
        this.replay = replay;
        this.hosts = hosts;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!Http.admit(exchange, hosts)) {
                return;
            }
            Map<String, String> query = Http.query(exchange);
            try {
                Site site = new LiveSite(replay, history.head());
                switch (exchange.getRequestURI().getPath()) {
                    case "/" -> {
                        Optional<String> words = Http.param(query, "q").filter(q -> !q.isBlank());
                        html(exchange, ListPage.render(site, SourceRow.all(history, words.isPresent()), state(query), words));
                    }
                    case "/source" -> html(exchange, source(site, query));
                    case "/notes" -> html(exchange, NotesPage.render(site, history.notes()));
                    case "/note" -> html(exchange, NotePage.render(site, history.note(Http.param(query, "path")
                            .orElseThrow(() -> new BadInputException("which note? /note?path=NOTE")))));
                    default -> Http.text(exchange, 404, "no such page");
                }
            } catch (BadInputException e) {
                Http.text(exchange, 404, e.getMessage());
            } catch (IOException e) {
                Http.text(exchange, 500, "refkeeper failed: " + e.getMessage());
            } catch (RuntimeException e) {
                Http.text(exchange, 500, "refkeeper failed on this page (a bug); the command line says more");
            }
        }
    }

    private static Optional<State> state(Map<String, String> query) throws BadInputException {
        Optional<String> label = Http.param(query, "state");
        try {
            return label.map(State::of);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("no state '" + label.get() + "'; a source is new, unchanged, changed, vanished, "
                    + "blocked, unreachable or error");
        }
    }

    private Document source(Site site, Map<String, String> query) throws IOException {
        String id = Http.param(query, "id").orElseThrow(() -> new BadInputException("which source? /source?id=ID"));
        SourceRow row = SourceRow.of(history, id);
        List<CaptureRow> captures = history.captures(row.id());
        return SourcePage.render(site, row, history.history(row.id()), captures,
                comparison(row.id(), captures, query).stream().toList());
    }

    /** The captures named by from and to; by default the last two. */
    private Optional<SourcePage.Comparison> comparison(String id, List<CaptureRow> captures, Map<String, String> query) {
        if (captures.size() < 2) {
            return Optional.empty();
        }
        CaptureRow from = pick(captures, Http.param(query, "from")).orElse(captures.get(captures.size() - 2));
        CaptureRow to = pick(captures, Http.param(query, "to")).orElse(captures.get(captures.size() - 1));
        return Optional.of(Comparisons.of(history, id, from, to));
    }

    private static Optional<CaptureRow> pick(List<CaptureRow> captures, Optional<String> commit) {
        return commit.flatMap(c -> captures.stream().filter(r -> r.commit().equals(c)).findFirst());
    }

    private void html(HttpExchange exchange, Document doc) throws IOException {
        exchange.getResponseHeaders().set("Content-Security-Policy",
                UiPage.policy(replay.getScheme() + "://" + replay.getRawAuthority()));
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        Http.send(exchange, 200, "text/html; charset=utf-8", doc.outerHtml().getBytes(StandardCharsets.UTF_8));
    }
}
