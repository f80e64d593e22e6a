package org.refkeeper.web;

import org.refkeeper.history.CaptureRow;
import org.refkeeper.history.SourceStatus;
import org.refkeeper.restore.OfflineCopy;
import org.refkeeper.verdict.State;

import java.net.URI;
import java.util.Optional;

/**
 * The pages as {@code serve} answers them: queries on the UI origin, copies on the archived origin.
 *
 * @param head the archive's newest commit: a copy restored at it is the source's last good capture
 */
record LiveSite(URI replay, Optional<String> head) implements Site {
    static final String TITLE = "refkeeper archive";

    @Override
    public String title() {
        return TITLE;
    }

    @Override
    public boolean live() {
        return true;
    }

    @Override
    public String sources(Optional<State> state) {
        return state.map(s -> "/?state=" + s.label()).orElse("/");
    }

    @Override
    public String notes() {
        return "/notes";
    }

    @Override
    public String note(String note) {
        return "/note?path=" + UiPage.encode(note);
    }

    @Override
    public String source(String id) {
        return "/source?id=" + UiPage.encode(id);
    }

    @Override
    public Optional<String> copy(String id, CaptureRow capture, String file) {
        return Optional.of(replay.resolve(ReplayHandler.path(false, capture.commit(), id, file)).toString());
    }

    @Override
    public Optional<String> lastCopy(SourceStatus source) {
        return source.lastGoodCapture().isEmpty() ? Optional.empty() : head.map(commit ->
                replay.resolve(ReplayHandler.path(false, commit, source.id(), OfflineCopy.PAGE)).toString());
    }

    @Override
    public Optional<String> scripted(String id, CaptureRow capture) {
        return Optional.of(replay.resolve(ReplayHandler.path(true, capture.commit(), id, OfflineCopy.PAGE)).toString());
    }
}
