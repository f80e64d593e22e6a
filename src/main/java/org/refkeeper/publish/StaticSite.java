package org.refkeeper.publish;

import org.refkeeper.history.CaptureRow;
import org.refkeeper.history.SourceStatus;
import org.refkeeper.restore.OfflineCopy;
import org.refkeeper.verdict.State;
import org.refkeeper.web.Site;

import java.util.Map;
import java.util.Optional;

/**
 * The published site as its pages link to it: files, each link relative to the page it is on ({@code up}
 * climbs from that page to the site's root), always naming {@code index.html}, so that the folder works
 * from any path of a static host and opened from disk alike.
 *
 * @param copies   the published copies, by bundle
 * @param lastGood each source's last good bundle, by id
 */
record StaticSite(String title, String up, NoteNames names, Map<String, PublishedCopy> copies,
                  Map<String, String> lastGood) implements Site {
    static final String INDEX = "index.html";
    static final String NOTES = "notes/index.html";

    /** The same site as seen from the page at {@code page} (relative to the root). */
    StaticSite at(String page) {
        long depth = page.chars().filter(c -> c == '/').count();
        return new StaticSite(title, "../".repeat((int) depth), names, copies, lastGood);
    }

    static String statePage(State state) {
        return "states/" + state.label() + ".html";
    }

    static String sourcePage(String id) {
        return "sources/" + id + "/" + INDEX;
    }

    String notePage(String note) {
        return "notes/" + names.file(note);
    }

    @Override
    public boolean live() {
        return false;
    }

    @Override
    public String sources(Optional<State> state) {
        return up + state.map(StaticSite::statePage).orElse(INDEX);
    }

    @Override
    public String notes() {
        return up + NOTES;
    }

    @Override
    public String note(String note) {
        return up + notePage(note);
    }

    @Override
    public String noteName(String note) {
        return names.shown(note);
    }

    @Override
    public String source(String id) {
        return up + sourcePage(id);
    }

    @Override
    public Optional<String> copy(String id, CaptureRow capture, String file) {
        return Optional.ofNullable(copies.get(capture.bundle())).filter(c -> c.files().contains(file))
                .map(c -> up + c.path(file));
    }

    @Override
    public Optional<String> lastCopy(SourceStatus source) {
        return Optional.ofNullable(lastGood.get(source.id())).map(copies::get)
                .filter(c -> c.files().contains(OfflineCopy.PAGE)).map(c -> up + c.path(OfflineCopy.PAGE));
    }

    @Override
    public Optional<String> scripted(String id, CaptureRow capture) {
        return Optional.empty();
    }
}
