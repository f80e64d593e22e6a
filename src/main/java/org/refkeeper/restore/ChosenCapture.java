package org.refkeeper.restore;

import org.refkeeper.io.BadInputException;
import org.refkeeper.store.ArchiveStore;
import org.refkeeper.store.CommitInfo;
import org.refkeeper.store.CommitLog;
import org.refkeeper.report.GoodCapture;
import org.refkeeper.report.Json;
import org.refkeeper.folder.Layout;
import org.refkeeper.report.SourceRecord;

import java.io.IOException;
import java.util.Optional;

/**
 * The capture a restore starts from: the last good capture as source.json named it at some point, with
 * content.md as it was committed then.
 */
record ChosenCapture(String sourceId, GoodCapture capture, String contentMd) {
    /** @param at a date, run id or commit; empty means the last good capture now */
    static ChosenCapture of(ArchiveStore store, SourceRecord now, Optional<String> at) throws IOException {
        if (at.isEmpty()) {
            GoodCapture good = now.lastGood().orElseThrow(() -> none(now, "yet"));
            return new ChosenCapture(now.id(), good, store.content(now.id()).orElse(""));
        }
        CommitLog history = store.log();
        CommitInfo commit = history.resolve(at.get());
        String path = Layout.sourceJson(now.id());
        Optional<byte[]> json = history.bytesAt(commit.sha(), path);
        if (json.isEmpty()) {
            throw none(now, "at " + at.get());
        }
        SourceRecord then = Json.read(json.get(), path + "@" + commit.shortSha(), SourceRecord.class);
        GoodCapture good = then.lastGood().orElseThrow(() -> none(now, "at " + at.get()));
        return new ChosenCapture(now.id(), good,
                history.textAt(commit.sha(), Layout.content(now.id())).orElse(""));
    }

    private static BadInputException none(SourceRecord s, String when) {
        return new BadInputException("no good capture of " + s.url() + " " + when
                + "; 'refkeeper log " + s.id() + "' lists its captures");
    }
}
