package org.refkeeper.foreign;

import org.refkeeper.wacz.ListedPage;
import org.refkeeper.index.CdxjLine;
import org.refkeeper.page.Capture;
import org.refkeeper.records.ForeignRecord;
import org.refkeeper.records.PageRecords;
import org.refkeeper.records.RecordProblem;
import org.refkeeper.records.Spool;
import org.refkeeper.warc.ArchiveReader;
import org.refkeeper.warc.BundleWriter;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The pages of the files one import is given, each with the records of its bundle, revisits resolved across all
 * the files and against the archive. Holds the import's spool: close it when the import is done.
 *
 * <pre>{@code
 * try (ForeignImport files = ForeignImport.read(List.of(warc, wacz), new ArchiveReader(root, index))) {
 *     for (ForeignPage page : files.pages()) { ... files.capture(page) ... }
 * }
 * }</pre>
 */
public final class ForeignImport implements Closeable {
    private final ImportFiles files;
    private final PageCapture captures;
    private final List<ForeignPage> pages = new ArrayList<>();
    private final List<ImportSkip> skipped = new ArrayList<>();
    private final List<RecordProblem> problems = new ArrayList<>();

    private ForeignImport(ImportFiles files, PageCapture captures) {
        this.files = files;
        this.captures = captures;
    }

    /** @param archive the archive the pages go to: revisits may stand for payloads it holds */
    public static ForeignImport read(List<Path> paths, ArchiveReader archive) throws IOException {
        ImportFiles files = ImportFiles.read(paths);
        try {
            ImportIndex index = new ImportIndex(files);
            Originals originals = new Originals(files.records(), archive.index());
            Bodies bodies = new Bodies(files.spool(), originals, archive);
            Documents documents = new Documents(bodies);
            ForeignImport read = new ForeignImport(files, new PageCapture(bodies));
            read.problems.addAll(files.problems());
            PageFinder finder = new PageFinder(files, index, documents, originals, read.skipped);
            List<PageFinder.Start> starts = finder.find();
            Map<PageFinder.Start, List<ForeignRecord>> members = new PageMembers(index, documents,
                    finder.unresolved()).assign(starts);
            Set<String> unresolved = new HashSet<>();
            for (PageFinder.Start start : starts) {
                read.pages.add(read.page(start, members.get(start), index, originals, unresolved));
            }
            return read;
        } catch (IOException | RuntimeException e) {
            files.close();
            throw e;
        }
    }

    private ForeignPage page(PageFinder.Start start, List<ForeignRecord> records, ImportIndex index,
                             Originals originals, Set<String> unresolved) {
        List<PageRecords.Member> members = new ArrayList<>();
        Set<ForeignRecord> warcinfos = new LinkedHashSet<>();
        Set<String> sources = new LinkedHashSet<>();
        for (ForeignRecord r : records) {
            Optional<ForeignRecord> original = Optional.empty();
            Optional<CdxjLine> archived = Optional.empty();
            if (r.type().equals("revisit")) {
                Optional<Originals.Original> found = originals.of(r);
                if (found.isEmpty()) {
                    if (unresolved.add(r.key())) {
                        problems.add(new RecordProblem(r.source(), r.offset(), "a revisit of " + r.target()
                                + r.statedPayloadDigest().map(d -> " (" + d + ")").orElse("") + " whose original "
                                + "is in none of the files given and not in the archive; left out"));
                    }
                    continue;
                }
                if (found.get() instanceof Originals.InImport in) {
                    original = Optional.of(in.record());
                } else if (found.get() instanceof Originals.InArchive in) {
                    archived = Optional.of(in.line());
                }
            }
            members.add(new PageRecords.Member(r, original, archived));
            r.warcinfoId().flatMap(index::byId).filter(w -> w.type().equals("warcinfo") && !index.isOwn(w))
                    .ifPresent(warcinfos::add);
            sources.add(files.fileOf(r.source()).toString());
        }
        String source = start.record().source();
        PageRecords page = new PageRecords(start.url(), start.date(), List.copyOf(warcinfos), members,
                index.own(BundleWriter.SCREENSHOT, start.url(), source), index.own(BundleWriter.DOM, start.url(), source),
                List.copyOf(sources));
        return new ForeignPage(start.url(), start.date(), files.fileOf(source).toString(),
                start.listed().flatMap(ListedPage::title), start.record(), page);
    }

    /** Every page found, oldest first. */
    public List<ForeignPage> pages() {
        return pages;
    }

    /**
     * The capture a run judges for a page, its bodies read from the spool within the caps.
     *
     * @return empty, with the reason, when its document is too large to read or its payload is nowhere
     */
    public Capture capture(ForeignPage page) throws IOException {
        PageCapture.Result result = captures.of(page);
        if (result.capture().isEmpty()) {
            throw new IOException(result.whyNot());
        }
        return result.capture().get();
    }

    public Spool spool() {
        return files.spool();
    }

    /** Pages the files name but that cannot be imported, and why. */
    public List<ImportSkip> skipped() {
        return skipped;
    }

    /** Records skipped or read with a repair, one line each. */
    public List<RecordProblem> problems() {
        return problems;
    }

    /** Files that could not be read at all, one line each naming the file and what to do. */
    public List<String> rejected() {
        return files.rejected();
    }

    @Override
    public void close() throws IOException {
        files.close();
    }
}
