package org.refkeeper.history;

import org.refkeeper.store.CommitInfo;
import org.refkeeper.store.CommitLog;
import org.refkeeper.report.Json;
import org.refkeeper.folder.Layout;
import org.refkeeper.report.SourceRecord;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A source's transitions, oldest first: when it was new, changed, vanished, came back. */
public record SourceHistory(String id, String url, List<Transition> transitions) {
    public SourceHistory {
        transitions = List.copyOf(transitions);
    }

    /** Read from every committed version of the source's source.json. */
    static SourceHistory read(CommitLog log, String id) throws IOException {
        String path = Layout.sourceJson(id);
        List<CommitInfo> newestFirst = log.commitsTouching(path);
        List<Transition> out = new ArrayList<>();
        String url = "";
        for (int i = newestFirst.size() - 1; i >= 0; i--) {
            CommitInfo c = newestFirst.get(i);
            Optional<byte[]> bytes = log.bytesAt(c.sha(), path);
            if (bytes.isEmpty()) {
                continue;
            }
            SourceRecord s = Json.read(bytes.get(), path + "@" + c.shortSha(), SourceRecord.class);
            url = s.url();
            Transition last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last == null || last.state() != s.state() || !Objects.equals(last.at(), s.since())) {
                out.add(new Transition(s.since(), s.state(), s.reason(), CommitLog.runOf(c).orElse(""), c.sha()));
            }
        }
        return new SourceHistory(id, url, out);
    }
}
