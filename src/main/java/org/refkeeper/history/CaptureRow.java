package org.refkeeper.history;

import org.refkeeper.index.CdxjIndex;
import org.refkeeper.store.ArchiveStore;
import org.refkeeper.store.CommitInfo;
import org.refkeeper.store.CommitLog;
import org.refkeeper.report.Json;
import org.refkeeper.folder.Layout;
import org.refkeeper.report.SourceRecord;
import org.refkeeper.warc.BundleWriter;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One kept capture of a source and the commit that added it: restoring at that commit gives this capture.
 *
 * @param bundle     the WARC bundle, relative to the archive
 * @param run        the run that took it; empty for a commit that was no run
 * @param screenshot whether the bundle holds a screenshot (an imported page or a file such as a PDF has none)
 * @param rendered   whether it holds the DOM of a rendered page; a file kept as the server sent it has none
 */
public record CaptureRow(String bundle, Instant at, String commit, String run, boolean screenshot, boolean rendered) {
    /** The bundle's file name. */
    public String fileName() {
        return bundle.substring(bundle.lastIndexOf('/') + 1);
    }

    /** Every committed capture of a source, oldest first. */
    static List<CaptureRow> of(ArchiveStore store, SourceRecord source) throws IOException {
        CommitLog history = store.log();
        CdxjIndex index = store.index();
        String path = Layout.sourceJson(source.id());
        List<CaptureRow> out = new ArrayList<>();
        for (String bundle : source.captures()) {
            List<CommitInfo> commits = history.commitsTouching(bundle);
            if (commits.isEmpty()) {
                continue; // written by a run that has not committed yet
            }
            CommitInfo added = commits.get(commits.size() - 1);
            Optional<byte[]> then = history.bytesAt(added.sha(), path);
            Instant at = added.time();
            if (then.isPresent()) {
                SourceRecord s = Json.read(then.get(), path + "@" + added.shortSha(), SourceRecord.class);
                at = s.lastGood().filter(g -> g.bundle().equals(bundle)).map(g -> g.at()).orElse(at);
            }
            out.add(new CaptureRow(bundle, at, added.sha(), CommitLog.runOf(added).orElse(""),
                    index.holds(bundle, BundleWriter.SCREENSHOT), index.holds(bundle, BundleWriter.DOM)));
        }
        return out;
    }
}
