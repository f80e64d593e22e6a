package org.refkeeper.web;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import org.refkeeper.history.ArchiveHistory;
import org.refkeeper.io.BadInputException;
import org.refkeeper.io.FileTrees;
import org.refkeeper.io.PlainPath;
import org.refkeeper.restore.FileTypes;
import org.refkeeper.restore.OfflineCopy;
import org.refkeeper.store.ArchiveStore;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The archived origin: {@code /page/COMMIT/HOST/SLUG/FILE} serves a file of the offline copy of source
 * HOST/SLUG as it was at COMMIT ({@code /scripted/...}: the copy with its scripts), restoring it into the
 * work folder on first request. Nothing outside those copies is ever served.
 */
final class ReplayHandler implements HttpHandler {
    private static final Pattern PATH = Pattern.compile(
            "/(page|scripted)/([0-9a-f]{7,40})/([a-z0-9_-][a-z0-9._-]*+)/([A-Za-z0-9_-][A-Za-z0-9._-]*+)/(.*)");
    /** No path of an archived page is longer: commit, source id and file name. */
    private static final int MAX_PATH = 2048;

    private final ArchiveStore store;
    private final ArchiveHistory history;
    private final Path work;
    private final URI ui;
    private final Set<String> hosts;

    ReplayHandler(ArchiveStore store, ArchiveHistory history, Path work, URI ui, Set<String> hosts) {
        this.store = store;
        this.history = history;
        this.work = work;
        this.ui = ui;
        this.hosts = hosts;
    }

    /** Where the copy of {@code id} at {@code commit} is served, with or without its scripts. */
    static String path(boolean scripts, String commit, String id, String file) {
        return "/" + (scripts ? "scripted" : "page") + "/" + commit + "/" + id + "/" + file;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!Http.admit(exchange, hosts)) {
                return;
            }
            String path = exchange.getRequestURI().getPath();
            if (path.length() > MAX_PATH) {
                Http.text(exchange, 414, "no archived file has so long a path");
                return;
            }
            Matcher m = PATH.matcher(path);
            if (!m.matches() || (!m.group(5).isEmpty() && !PlainPath.isPlain(m.group(5)))) {
                Http.text(exchange, 404, "no such archived file");
                return;
            }
            boolean scripts = m.group(1).equals("scripted");
            String id = m.group(3) + "/" + m.group(4);
            String file = m.group(5).isEmpty() ? OfflineCopy.PAGE : m.group(5);
            Path copy = work.resolve(m.group(1)).resolve(m.group(2)).resolve(m.group(3)).resolve(m.group(4));
            try {
                restored(copy, id, m.group(2), scripts);
            } catch (BadInputException e) {
                Http.text(exchange, 404, e.getMessage());
                return;
            } catch (IOException e) {
                Http.text(exchange, 500, "cannot restore " + id + " at " + m.group(2) + ": " + e.getMessage());
                return;
            }
            serve(exchange, copy, file, scripts);
        }
    }

    private void restored(Path copy, String id, String commit, boolean scripts) throws IOException {
        synchronized (this) {
            if (!OfflineCopy.isRestored(copy)) {
                try {
                    // the archive is read by one query at a time, the UI's included
                    synchronized (history) {
                        OfflineCopy.restore(store, history.source(id), Optional.of(commit), history.statusOf(id).state(),
                                copy, scripts);
                    }
                } catch (IOException | RuntimeException e) {
                    FileTrees.delete(copy); // so that the next request tries afresh
                    throw e;
                }
            }
        }
    }

    private void serve(HttpExchange exchange, Path copy, String file, boolean scripts) throws IOException {
        Path target = copy.resolve(file).normalize();
        if (!target.startsWith(copy) || !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)
                || !target.toRealPath().startsWith(copy.toRealPath())) {
            Http.text(exchange, 404, "no such archived file");
            return;
        }
        Headers h = exchange.getResponseHeaders();
        h.set("Content-Security-Policy", ReplayPolicy.of(scripts, ui));
        h.set("Cross-Origin-Opener-Policy", "same-origin");
        h.set("Cache-Control", "no-cache");
        if (file.endsWith(".warc.gz")) {
            h.set("Content-Disposition", "attachment");
        }
        Http.send(exchange, 200, FileTypes.contentType(file), Files.readAllBytes(target));
    }
}
