package org.refkeeper.imports;

import org.refkeeper.run.Capturer;
import org.refkeeper.foreign.ForeignImport;
import org.refkeeper.foreign.ForeignPage;
import org.refkeeper.foreign.ImportSkip;
import org.refkeeper.io.BadInputException;
import org.refkeeper.sources.CanonicalUrl;
import org.refkeeper.sources.Reference;
import org.refkeeper.sources.References;
import org.refkeeper.sources.SourceId;
import org.refkeeper.records.CopiedRecords;
import org.refkeeper.records.RecordProblem;
import org.refkeeper.store.ArchiveStore;
import org.refkeeper.report.GoodCapture;
import org.refkeeper.report.SourceRecord;
import org.refkeeper.warc.ArchiveReader;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The pages of the files being imported, each as a source the notes could have cited (canonical URL, id, no
 * citations). One rule for a page the files hold several captures of: the latest is the page, the earlier ones
 * are its history, judged before it in the order of their dates. So the pages come in generations: the first
 * capture of every page, then the second of those that have one, and so on; each generation is one run.
 */
public final class ImportedPages implements Closeable {
    private final ForeignImport files;
    private final List<List<Page>> generations = new ArrayList<>();
    private final List<ImportSkipped> skipped = new ArrayList<>();
    private final CopiedRecords copied = new CopiedRecords();

    /** One imported page as a source. */
    record Page(Reference reference, ForeignPage page) {
    }

    private ImportedPages(ForeignImport files) {
        this.files = files;
    }

    /**
     * @param archive the archive the pages go to: revisit records may stand for payloads it holds
     * @throws BadInputException when no file gives a page to import
     */
    public static ImportedPages read(List<Path> paths, ArchiveReader archive) throws IOException {
        if (paths.isEmpty()) {
            throw new BadInputException("nothing to import; give WARC, ARC or WACZ files");
        }
        ForeignImport files = ForeignImport.read(paths, archive);
        ImportedPages pages = new ImportedPages(files);
        try {
            pages.arrange();
            if (pages.generations.isEmpty()) {
                throw new BadInputException(pages.nothing(paths));
            }
            return pages;
        } catch (IOException | RuntimeException e) {
            files.close();
            throw e;
        }
    }

    private void arrange() {
        for (ImportSkip s : files.skipped()) {
            skipped.add(new ImportSkipped(s.file(), s.url(), s.reason()));
        }
        Map<String, List<Page>> byUrl = new LinkedHashMap<>();
        for (ForeignPage page : files.pages()) {
            Optional<CanonicalUrl> url = canonical(page.url());
            if (url.isEmpty()) {
                skipped.add(new ImportSkipped(page.file(), page.url(), "not an http(s) page"));
                continue;
            }
            Reference ref = new Reference(url.get().url(), SourceId.of(url.get()), List.of());
            byUrl.computeIfAbsent(url.get().url(), u -> new ArrayList<>()).add(new Page(ref, page));
        }
        for (List<Page> captures : byUrl.values()) {
            captures.sort(Comparator.comparing(p -> p.page().date()));
            for (int g = 0; g < captures.size(); g++) {
                if (generations.size() == g) {
                    generations.add(new ArrayList<>());
                }
                generations.get(g).add(captures.get(g));
            }
        }
        generations.forEach(g -> g.sort(Comparator.comparing(p -> p.page().date())));
    }

    /** Why the files gave nothing to import, in one line. */
    private String nothing(List<Path> paths) {
        if (!files.rejected().isEmpty()) {
            return String.join("; ", files.rejected());
        }
        if (!skipped.isEmpty()) {
            ImportSkipped first = skipped.get(0);
            return first.file() + ": no page to import; " + first.url() + ": " + first.reason();
        }
        return paths.get(0) + (paths.size() > 1 ? " and the other files: no page in them" : ": no page in it")
                + " (no HTML page answered 200); nothing to import";
    }

    private static Optional<CanonicalUrl> canonical(String url) {
        try {
            return Optional.of(CanonicalUrl.of(url));
        } catch (BadInputException e) {
            return Optional.empty();
        }
    }

    /**
     * Leaves out pages the archive already holds a later good capture of: an old copy from a file must not take
     * the place of a newer one.
     */
    public void dropOlderThanArchive(ArchiveStore store) throws IOException {
        for (List<Page> generation : generations) {
            for (var it = generation.iterator(); it.hasNext(); ) {
                Page p = it.next();
                Optional<Instant> lastGood = store.source(p.reference().id().toString())
                        .flatMap(SourceRecord::lastGood).map(GoodCapture::at);
                if (lastGood.isPresent() && p.page().date().isBefore(lastGood.get())) {
                    skipped.add(new ImportSkipped(p.page().file(), p.page().url(),
                            "older than the archive's last good capture (" + lastGood.get() + ")"));
                    it.remove();
                }
            }
        }
        generations.removeIf(List::isEmpty);
    }

    /** How many runs the import takes: one for each capture of the page captured most often. */
    public int generations() {
        return generations.size();
    }

    /** The sources of one generation, oldest capture first. */
    public References references(int generation) {
        return new References(generations.get(generation).stream().map(Page::reference).toList(), List.of());
    }

    /** A capturer for a run's (single) worker: it reads the generation's pages from the files. */
    public Capturer capturer(int generation, Clock clock) {
        Map<String, ForeignPage> pages = new LinkedHashMap<>();
        generations.get(generation).forEach(p -> pages.put(p.reference().url(), p.page()));
        return new ImportCapturer(pages, files, copied, clock);
    }

    public List<String> rejected() {
        return files.rejected();
    }

    public List<ImportSkipped> skipped() {
        return skipped;
    }

    public List<ImportProblem> problems() {
        List<ImportProblem> problems = new ArrayList<>();
        for (RecordProblem p : files.problems()) {
            problems.add(new ImportProblem(p.source(), p.offset(), p.message()));
        }
        return problems;
    }

    @Override
    public void close() throws IOException {
        files.close();
    }
}
