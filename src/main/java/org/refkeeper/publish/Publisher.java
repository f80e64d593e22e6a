package org.refkeeper.publish;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.refkeeper.history.ArchiveHistory;
import org.refkeeper.history.CaptureRow;
import org.refkeeper.history.CitedNote;
import org.refkeeper.history.SourceStatus;
import org.refkeeper.io.BadInputException;
import org.refkeeper.restore.OfflineCopy;
import org.refkeeper.store.ArchiveStore;
import org.refkeeper.report.SourceRecord;
import org.refkeeper.verdict.State;
import org.refkeeper.web.Comparisons;
import org.refkeeper.web.ListPage;
import org.refkeeper.web.NotePage;
import org.refkeeper.web.NotesPage;
import org.refkeeper.web.SourcePage;
import org.refkeeper.web.SourceRow;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Publishes an archive: a static site made by the web UI's own pages (sources by state, notes, one page per
 * source) with each published source's offline copies, and the links file that blogs read.
 */
public final class Publisher {
    /** The published UI pages run nothing and load nothing but the site's own files. */
    static final String PAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; "
            + "form-action 'none'; base-uri 'none'";

    private final ArchiveStore store;
    private final ArchiveHistory history;
    private final PublishOptions options;
    private final Map<String, List<CaptureRow>> captures = new HashMap<>();

    public Publisher(ArchiveStore store, ArchiveHistory history, PublishOptions options) {
        this.store = store;
        this.history = history;
        this.options = options;
    }

    public PublishSummary publish() throws IOException {
        if (options.to().isEmpty() && options.data().isEmpty()) {
            throw new BadInputException("publish writes a site (--to DIR), a links file (--data FILE), or both; "
                    + "name at least one");
        }
        List<SourceStatus> all = history.status();
        List<SourceStatus> chosen = all.stream().filter(s -> options.publishes(s.state())).toList();
        Map<String, String> archived = new HashMap<>();
        SiteFolder.Changes changes = new SiteFolder.Changes(0, 0, 0);
        int copies = 0;
        if (options.to().isPresent()) {
            SiteFolder folder = SiteFolder.open(options.to().get(), store.root());
            Set<String> ids = new HashSet<>(chosen.stream().map(SourceStatus::id).toList());
            List<CitedNote> notes = notes(ids);
            StaticSite site = site(folder, chosen, notes);
            site.lastGood().forEach((id, bundle) -> archived.put(id, site.copies().get(bundle).path(
                    OfflineCopy.PAGE)));
            pages(folder, site, ids, notes);
            folder.write(SiteFolder.NO_JEKYLL, new byte[0]);
            changes = folder.finish();
            copies = site.copies().size();
        } else {
            for (SourceStatus s : chosen) {
                Optional<CaptureRow> last = lastGood(s);
                last.ifPresent(c -> archived.put(s.id(), CopyWriter.folder(s.id(), c) + "/"
                        + OfflineCopy.PAGE));
            }
        }
        boolean dataWritten = false;
        if (options.data().isPresent()) {
            dataWritten = LinkData.write(options.data().get(), store.root(),
                    LinkData.of(all, id -> Optional.ofNullable(archived.get(id)), options.baseUrl()));
        }
        return new PublishSummary(options.to(), options.data(), chosen.size(), copies, changes.written(),
                changes.unchanged(), changes.removed(), dataWritten);
    }

    /** Writes every chosen source's copies; returns the site that links to them. */
    private StaticSite site(SiteFolder folder, List<SourceStatus> chosen, List<CitedNote> notes) throws IOException {
        CopyWriter writer = new CopyWriter(store, folder);
        Map<String, PublishedCopy> copies = new LinkedHashMap<>();
        Map<String, String> lastGood = new LinkedHashMap<>();
        for (SourceStatus s : chosen) {
            SourceRecord record = history.source(s.id());
            Optional<String> lastBundle = record.lastGood().map(g -> g.bundle());
            for (CaptureRow c : captures(s.id())) {
                boolean last = lastBundle.filter(c.bundle()::equals).isPresent();
                if (last || options.allCaptures()) {
                    copies.put(c.bundle(), writer.write(record, c, s.state()));
                    if (last) {
                        lastGood.put(s.id(), c.bundle());
                    }
                }
            }
        }
        return new StaticSite(options.title(), "", NoteNames.of(notes.stream().map(CitedNote::note).toList()),
                copies, lastGood);
    }

    /** The notes that cite a published source, each with those citations only: nothing else of a note is shown. */
    private List<CitedNote> notes(Set<String> ids) throws IOException {
        List<CitedNote> notes = new ArrayList<>();
        for (CitedNote n : history.notes()) {
            List<CitedNote.Cited> shown = n.citations().stream().filter(c -> ids.contains(c.source().id())).toList();
            if (!shown.isEmpty()) {
                notes.add(new CitedNote(n.note(), shown));
            }
        }
        return notes;
    }

    private void pages(SiteFolder folder, StaticSite site, Set<String> ids, List<CitedNote> notes) throws IOException {
        List<SourceRow> rows = new ArrayList<>();
        for (SourceRow r : SourceRow.all(history)) {
            if (ids.contains(r.id())) {
                rows.add(r);
            }
        }
        page(folder, StaticSite.INDEX, ListPage.render(site.at(StaticSite.INDEX), rows, Optional.empty(), Optional.empty()));
        Set<State> present = EnumSet.noneOf(State.class);
        rows.forEach(r -> present.add(r.status().state()));
        for (State state : present) {
            String path = StaticSite.statePage(state);
            page(folder, path, ListPage.render(site.at(path), rows, Optional.of(state), Optional.empty()));
        }
        page(folder, StaticSite.NOTES, NotesPage.render(site.at(StaticSite.NOTES), notes));
        for (CitedNote n : notes) {
            String path = site.notePage(n.note());
            page(folder, path, NotePage.render(site.at(path), n));
        }
        for (SourceRow r : rows) {
            String path = StaticSite.sourcePage(r.id());
            List<CaptureRow> kept = captures(r.id());
            page(folder, path, SourcePage.render(site.at(path), r, history.history(r.id()), kept,
                    Comparisons.consecutive(history, r.id(), kept)));
        }
    }

    /** A page as a file: the policy goes in a meta element, since a static host sends no headers of ours. */
    private static void page(SiteFolder folder, String path, Document doc) throws IOException {
        doc.head().selectFirst("meta[charset]")
                .after(new Element("meta").attr("http-equiv", "Content-Security-Policy").attr("content", PAGE_POLICY));
        folder.write(path, doc.outerHtml().getBytes(StandardCharsets.UTF_8));
    }

    private Optional<CaptureRow> lastGood(SourceStatus s) throws IOException {
        Optional<String> bundle = history.source(s.id()).lastGood().map(g -> g.bundle());
        if (bundle.isEmpty()) {
            return Optional.empty();
        }
        return captures(s.id()).stream().filter(c -> c.bundle().equals(bundle.get())).findFirst();
    }

    /** A source's captures: each is looked up in the repository's history, so once per publish. */
    private List<CaptureRow> captures(String id) throws IOException {
        List<CaptureRow> known = captures.get(id);
        if (known == null) {
            known = history.captures(id);
            captures.put(id, known);
        }
        return known;
    }
}
