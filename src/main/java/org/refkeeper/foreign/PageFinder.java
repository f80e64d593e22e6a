package org.refkeeper.foreign;

import org.refkeeper.wacz.ListedPage;
import org.refkeeper.records.ForeignRecord;
import org.refkeeper.warc.UrlKey;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The pages of an import: a WACZ's page list where it has one; otherwise every HTML capture answered 200 (a
 * revisit's too, once its original is found) that is no frame of another page: not named by an
 * {@code iframe}/{@code frame} of the import's HTML, not fetched with a Sec-Fetch-Dest other than
 * {@code document}, not loaded from another document of the import that has no link to it.
 */
final class PageFinder {
    /** Where one page starts: its first record (a redirect, or the page itself). */
    record Start(ForeignRecord record, String url, Instant date, Optional<ListedPage> listed) {
    }

    private final ImportFiles files;
    private final ImportIndex index;
    private final Documents documents;
    private final Originals originals;
    private final List<ImportSkip> skipped;
    private final Set<String> unresolved = new HashSet<>();

    PageFinder(ImportFiles files, ImportIndex index, Documents documents, Originals originals,
               List<ImportSkip> skipped) {
        this.files = files;
        this.index = index;
        this.documents = documents;
        this.originals = originals;
        this.skipped = skipped;
    }

    List<Start> find() throws IOException {
        List<Start> starts = new ArrayList<>();
        Map<Path, List<ListedPage>> lists = new LinkedHashMap<>();
        List<String> unlisted = new ArrayList<>();
        for (String source : index.bySource().keySet()) {
            List<ListedPage> list = files.listed(source);
            if (list.isEmpty()) {
                unlisted.add(source);
            } else {
                lists.putIfAbsent(files.fileOf(source), list);
            }
        }
        for (Map.Entry<Path, List<ListedPage>> list : lists.entrySet()) {
            for (ListedPage page : list.getValue()) {
                listed(list.getKey(), page).ifPresent(starts::add);
            }
        }
        starts.addAll(detected(unlisted));
        starts.sort(Comparator.comparing(Start::date));
        return once(starts);
    }

    /**
     * Each capture once: a WARC and the WACZ that packs it, or one file given twice, hold the same capture twice
     * (same URL, second and payload), which is one page, not a page and its history. A listed one is kept.
     */
    private static List<Start> once(List<Start> starts) {
        Map<String, Start> seen = new LinkedHashMap<>();
        for (Start s : starts) {
            ForeignRecord r = s.record();
            String key = UrlKey.of(s.url()) + " " + s.date().getEpochSecond() + " "
                    + r.payloadDigest().or(r::statedPayloadDigest).orElse(r.blockDigest());
            Start known = seen.get(key);
            if (known == null || (known.listed().isEmpty() && s.listed().isPresent())) {
                seen.put(key, s);
            }
        }
        return new ArrayList<>(seen.values());
    }

    /**
     * The listed page's record: one tagged with the page's id first, then one from the WARC that refkeeper wrote
     * for that page (a bundle of an export), then the one nearest the listed date.
     */
    private Optional<Start> listed(Path file, ListedPage page) {
        Instant ts = page.ts().orElse(Instant.EPOCH);
        Optional<ForeignRecord> record = index.captures(page.url()).stream()
                .filter(r -> file.equals(files.fileOf(r.source())))
                .min(Comparator.comparing((ForeignRecord r) -> page.id().isEmpty() || !r.pageId().equals(page.id()))
                        .thenComparing(r -> !index.isPageOf(r.source(), page.url()))
                        .thenComparing(r -> page.ts().isPresent() ? Duration.between(r.date(), ts).abs()
                                : Duration.ZERO));
        if (record.isEmpty()) {
            skipped.add(new ImportSkip(file.toString(), page.url(), "the file holds no response for it"));
            return Optional.empty();
        }
        if (record.get().type().equals("revisit") && originals.of(record.get()).isEmpty()) {
            skipped.add(unresolved(record.get()));
            return Optional.empty();
        }
        return Optional.of(new Start(record.get(), page.url(), record.get().date(), Optional.of(page)));
    }

    private List<Start> detected(List<String> sources) throws IOException {
        Set<String> frames = new HashSet<>();
        List<ForeignRecord> candidates = new ArrayList<>();
        for (String source : sources) {
            for (ForeignRecord r : index.bySource().get(source)) {
                if (ImportIndex.isCapture(r) && r.status() == 200 && Documents.isHtml(r) && !index.isOwn(r)) {
                    if (r.type().equals("revisit") && originals.of(r).isEmpty()) {
                        skipped.add(unresolved(r));
                        continue;
                    }
                    candidates.add(r);
                }
            }
        }
        for (ForeignRecord r : index.all()) {
            if (ImportIndex.isCapture(r) && Documents.isHtml(r) && r.status() == 200) {
                String self = UrlKey.of(r.target());
                documents.of(r, r.target()).frames().stream().filter(f -> !f.equals(self)).forEach(frames::add);
            }
        }
        List<Start> starts = new ArrayList<>();
        for (ForeignRecord r : candidates) {
            if (!frames.contains(UrlKey.of(r.target())) && !embedded(r)) {
                starts.add(new Start(r, r.target(), r.date(), Optional.empty()));
            }
        }
        return starts;
    }

    /**
     * Whether the browser said it loaded the document into something other than a tab (Sec-Fetch-Dest), or
     * loaded it from another document of the import that does not link to it: frames a script made.
     */
    private boolean embedded(ForeignRecord r) throws IOException {
        if (index.requestHeader(r, "Sec-Fetch-Dest").filter(d -> !d.equalsIgnoreCase("document")).isPresent()) {
            return true;
        }
        Optional<String> referer = index.requestHeader(r, "Referer")
                .filter(ref -> !UrlKey.of(ref).equals(UrlKey.of(r.target())));
        if (referer.isEmpty()) {
            return false;
        }
        Optional<ForeignRecord> from = index.nearest(referer.get(), r.date(), r.source())
                .filter(Documents::isHtml);
        return from.isPresent() && !documents.of(from.get(), from.get().target()).navigations()
                .contains(UrlKey.of(r.target()));
    }

    /** The records of pages left out for a revisit whose original is nowhere: no page takes them either. */
    Set<String> unresolved() {
        return unresolved;
    }

    private ImportSkip unresolved(ForeignRecord revisit) {
        unresolved.add(revisit.key());
        String digest = revisit.statedPayloadDigest().map(d -> " " + d).orElse("");
        return new ImportSkip(files.fileOf(revisit.source()).toString(), revisit.target(),
                "a revisit record (at byte " + revisit.offset() + " of " + revisit.source() + ") whose original"
                        + digest + " is in none of the files given and not in the archive; import the file that holds it too");
    }
}
