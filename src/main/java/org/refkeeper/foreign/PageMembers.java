package org.refkeeper.foreign;

import org.refkeeper.wacz.ListedPage;
import org.refkeeper.records.ForeignRecord;
import org.refkeeper.warc.BundleWriter;
import org.refkeeper.warc.UrlKey;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which records make each page: its response and the redirects before it; then, where Browsertrix wrote the
 * page's id on its records (WARC-Page-ID), those records; otherwise what its document uses (its HTML, its
 * frames' HTML and its style sheets, each capture the one nearest in time, from its own WARC first) and what was
 * requested with one of those as Referer, and where the page is the only one of its WARC file (a refkeeper
 * bundle, a single-page capture), the whole file too. Every page takes the records its file writes about it
 * ({@code urn:pageinfo:URL}, {@code urn:text:URL}) and the requests and metadata records concurrent to its
 * records. Nothing of another page: another page's own response, or a record about it, is never a member.
 */
final class PageMembers {
    private static final int MAX_REDIRECTS = 20;
    /** Frames within frames, sheets importing sheets: deeper than this is not followed. */
    private static final int MAX_DEPTH = 5;
    private static final int REFERER_ROUNDS = 4;

    private final ImportIndex index;
    private final Documents documents;
    private final Map<String, Integer> order = new HashMap<>();
    private final Set<String> starts = new HashSet<>();
    /** The URL of every page, as a {@link UrlKey}. */
    private final Set<String> startUrls = new HashSet<>();

    /** @param excluded records no page takes (pages left out) */
    PageMembers(ImportIndex index, Documents documents, Set<String> excluded) {
        this.index = index;
        this.documents = documents;
        this.starts.addAll(excluded);
        List<ForeignRecord> all = index.all();
        for (int i = 0; i < all.size(); i++) {
            order.put(all.get(i).key(), i);
        }
    }

    /** The members of every page, each list in the order of the files. */
    Map<PageFinder.Start, List<ForeignRecord>> assign(List<PageFinder.Start> pages) throws IOException {
        pages.forEach(p -> starts.add(p.record().key()));
        pages.forEach(p -> startUrls.add(UrlKey.of(p.url())));
        Map<String, Integer> perSource = new HashMap<>();
        pages.forEach(p -> perSource.merge(p.record().source(), 1, Integer::sum));
        Map<PageFinder.Start, Set<ForeignRecord>> members = new LinkedHashMap<>();
        List<PageFinder.Start> byLinks = new ArrayList<>();
        for (PageFinder.Start page : pages) {
            List<ForeignRecord> chain = chain(page);
            Set<ForeignRecord> set = new LinkedHashSet<>(chain);
            Optional<String> pageId = page.listed().flatMap(ListedPage::id);
            List<ForeignRecord> tagged = pageId.map(index::tagged).orElse(List.of());
            if (!tagged.isEmpty()) {
                tagged.stream().filter(this::mayJoin).forEach(set::add);
            } else {
                if (perSource.get(page.record().source()) == 1) {
                    index.bySource().get(page.record().source()).stream().filter(this::mayJoin)
                            .filter(r -> !namesAnotherPage(r, page)).forEach(set::add);
                }
                // a page alone in its WARC may still use what another WARC of its package holds
                used(page, chain.get(chain.size() - 1), set);
                byLinks.add(page);
            }
            index.about(page.url(), page.record().source()).stream().filter(this::mayJoin).forEach(set::add);
            members.put(page, set);
        }
        byReferer(byLinks, members);
        Map<PageFinder.Start, List<ForeignRecord>> out = new LinkedHashMap<>();
        for (Map.Entry<PageFinder.Start, Set<ForeignRecord>> e : members.entrySet()) {
            Set<ForeignRecord> set = e.getValue();
            for (ForeignRecord r : List.copyOf(set)) {
                concurrent(r, set);
            }
            out.put(e.getKey(), set.stream().sorted(Comparator.comparing(r -> order.get(r.key()))).toList());
        }
        return out;
    }

    /** The page's first record and the redirects it leads through, to the page's own response. */
    private List<ForeignRecord> chain(PageFinder.Start page) {
        List<ForeignRecord> chain = new ArrayList<>();
        ForeignRecord current = page.record();
        for (int hop = 0; hop <= MAX_REDIRECTS && !chain.contains(current); hop++) {
            chain.add(current);
            Optional<String> location = current.http().flatMap(h -> h.header("Location"));
            if (!current.isRedirect() || location.isEmpty()) {
                break;
            }
            ForeignRecord from = current;
            Optional<ForeignRecord> next = resolve(from.target(), location.get())
                    .flatMap(url -> index.nearest(url, from.date(), from.source()));
            if (next.isEmpty()) {
                break;
            }
            current = next.get();
        }
        return chain;
    }

    /**
     * What the page's document (and refkeeper's DOM of it), its frames and its sheets use.
     *
     * @param own the page's own response, at the end of its redirects
     */
    private void used(PageFinder.Start page, ForeignRecord own, Set<ForeignRecord> set) throws IOException {
        record Document(ForeignRecord record, String base, int depth) {
        }
        Deque<Document> todo = new ArrayDeque<>();
        todo.add(new Document(own, own.target(), 0));
        index.own(BundleWriter.DOM, page.url(), page.record().source())
                .ifPresent(dom -> todo.add(new Document(dom, own.target(), 0)));
        Set<ForeignRecord> read = new HashSet<>();
        while (!todo.isEmpty()) {
            Document doc = todo.poll();
            for (String url : documents.of(doc.record(), doc.base()).resources()) {
                Optional<ForeignRecord> used = index.nearest(url, page.date(), page.record().source())
                        .filter(this::mayJoin);
                used.ifPresent(set::add);
                if (used.isPresent() && read.add(used.get()) && doc.depth() < MAX_DEPTH
                        && (Documents.isHtml(used.get()) || Documents.isCss(used.get()))) {
                    todo.add(new Document(used.get(), used.get().target(), doc.depth() + 1));
                }
            }
        }
    }

    /**
     * Records not yet any page's whose request names a member of a page as Referer go to that page (the one
     * nearest in time); a Referer that names only an origin (sent across sites) goes to the last page of that
     * origin before it.
     */
    private void byReferer(List<PageFinder.Start> pages, Map<PageFinder.Start, Set<ForeignRecord>> members) {
        Set<String> taken = new HashSet<>();
        members.values().forEach(set -> set.forEach(r -> taken.add(r.key())));
        for (int round = 0; round < REFERER_ROUNDS; round++) {
            Map<String, List<PageFinder.Start>> byUrl = new HashMap<>();
            for (PageFinder.Start page : pages) {
                members.get(page).forEach(r -> byUrl.computeIfAbsent(UrlKey.of(r.target()), u -> new ArrayList<>())
                        .add(page));
            }
            boolean more = false;
            for (ForeignRecord r : index.all()) {
                if (taken.contains(r.key()) || !ImportIndex.isCapture(r) || !mayJoin(r)) {
                    continue;
                }
                Optional<String> referer = index.requestHeader(r, "Referer");
                if (referer.isEmpty()) {
                    continue;
                }
                List<PageFinder.Start> candidates = byUrl.getOrDefault(UrlKey.of(referer.get()), List.of());
                if (candidates.isEmpty() && UrlKey.isOriginOnly(referer.get())) {
                    String origin = UrlKey.origin(referer.get());
                    candidates = pages.stream().filter(p -> UrlKey.origin(p.url()).equals(origin))
                            .filter(p -> !p.date().isAfter(r.date())).toList();
                }
                Optional<PageFinder.Start> page = candidates.stream()
                        .min(Comparator.comparing(p -> Duration.between(p.date(), r.date()).abs()));
                if (page.isPresent()) {
                    members.get(page.get()).add(r);
                    taken.add(r.key());
                    more = true;
                }
            }
            if (!more) {
                return;
            }
        }
    }

    /** The requests and metadata records that belong with a member, by Concurrent-To or by URL and time. */
    private void concurrent(ForeignRecord member, Set<ForeignRecord> set) {
        for (ForeignRecord r : index.concurrentWith(member)) {
            if ((r.type().equals("request") || r.type().equals("metadata")) && mayJoin(r)) {
                set.add(r);
            }
        }
        if (ImportIndex.isCapture(member)) {
            index.request(member).filter(this::mayJoin).ifPresent(set::add);
        }
    }

    /**
     * A capture of another page (where another file holds the same capture, as a WARC and the WACZ that packs it
     * do), or a record about one, as ArchiveWeb.page names them: {@code urn:pageinfo:URL}, {@code urn:text:URL}.
     */
    private boolean namesAnotherPage(ForeignRecord r, PageFinder.Start page) {
        String own = UrlKey.of(page.url());
        if (ImportIndex.isCapture(r) && !UrlKey.of(r.target()).equals(own) && startUrls.contains(UrlKey.of(r.target()))) {
            return true;
        }
        return ImportIndex.aboutUrl(r).filter(url -> !UrlKey.of(url).equals(own)).isPresent();
    }

    /** Not refkeeper's own records, not a warcinfo (copied apart), not where another page starts. */
    private boolean mayJoin(ForeignRecord r) {
        return !index.isOwn(r) && !r.type().equals("warcinfo") && !starts.contains(r.key());
    }

    private static Optional<String> resolve(String base, String location) {
        try {
            return Optional.of(URI.create(base.replace(" ", "%20")).resolve(location.strip().replace(" ", "%20"))
                    .toString());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
