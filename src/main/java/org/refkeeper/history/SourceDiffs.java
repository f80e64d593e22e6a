package org.refkeeper.history;

import org.refkeeper.io.BadInputException;
import org.refkeeper.store.CommitInfo;
import org.refkeeper.store.CommitLog;
import org.refkeeper.folder.Layout;
import org.refkeeper.report.SourceRecord;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** The diff of a source's main text ({@code content.md}) between two of its committed versions. */
final class SourceDiffs {
    private SourceDiffs() {
    }

    static SourceDiff between(CommitLog h, SourceRecord s, Optional<String> from, Optional<String> to) throws IOException {
        String path = Layout.content(s.id());
        // history is linear: a commit's place in the full log orders it against the versions of content.md
        List<String> order = h.commits().stream().map(CommitInfo::sha).toList();
        List<CommitInfo> versions = h.commitsTouching(path);
        CommitInfo toCommit = to.isPresent() ? versionAt(order, versions, h.resolve(to.get()), s)
                : first(versions, s, "no capture yet");
        CommitInfo fromCommit = from.isPresent() ? h.resolve(from.get())
                : first(versions.subList(versions.indexOf(toCommit) + 1, versions.size()), s, "only one capture so far");
        String a = text(h, fromCommit, path, s);
        String b = text(h, toCommit, path, s);
        String fromLabel = s.id() + " @ " + label(fromCommit);
        String toLabel = s.id() + " @ " + label(toCommit);
        return new SourceDiff(s.id(), label(fromCommit), label(toCommit), CommitLog.diff(fromLabel, a, toLabel, b));
    }

    /** The version of the file that a commit sees: the newest one committed at or before it. */
    private static CommitInfo versionAt(List<String> order, List<CommitInfo> versions, CommitInfo at, SourceRecord s)
            throws BadInputException {
        int p = order.indexOf(at.sha());
        return first(versions.stream().filter(v -> order.indexOf(v.sha()) >= p).toList(), s, "no capture yet at " + label(at));
    }

    private static CommitInfo first(List<CommitInfo> commits, SourceRecord s, String why) throws BadInputException {
        if (commits.isEmpty()) {
            throw new BadInputException(s.url() + ": " + why + "; a diff needs two captures ('refkeeper log " + s.id() + "')");
        }
        return commits.get(0);
    }

    private static String text(CommitLog h, CommitInfo c, String path, SourceRecord s) throws IOException {
        return h.textAt(c.sha(), path).orElseThrow(() -> new BadInputException(
                s.url() + ": no capture yet at " + label(c) + "; 'refkeeper log " + s.id() + "' lists its captures"));
    }

    private static String label(CommitInfo c) {
        return CommitLog.runOf(c).map(r -> "run " + r).orElse(c.shortSha()) + " (" + c.time() + ")";
    }
}
