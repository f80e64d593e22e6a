package org.refkeeper.restore;

import org.refkeeper.store.SourceHistory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** An {@link ArchiveView} used by one thread at a time: the facade and its git reader are not thread-safe. */
final class SerialView implements ArchiveView {
    private final ArchiveView view;

    SerialView(ArchiveView view) {
        this.view = view;
    }

    @Override
    public synchronized List<SourceRow> sources() throws IOException {
        return view.sources();
    }

    @Override
    public synchronized SourceHistory history(String id) throws IOException {
        return view.history(id);
    }

    @Override
    public synchronized List<CaptureRow> captures(String id) throws IOException {
        return view.captures(id);
    }

    @Override
    public synchronized String diff(String id, String fromCommit, String toCommit) throws IOException {
        return view.diff(id, fromCommit, toCommit);
    }

    @Override
    public synchronized RestoreResult restore(String id, String commit, Path dir, boolean keepScripts)
            throws IOException {
        return view.restore(id, commit, dir, keepScripts);
    }
}
