package org.refkeeper.wacz;

import org.refkeeper.notes.BadInputException;
import org.refkeeper.store.SourceRecord;
import org.refkeeper.warc.ArchiveReader;
import org.refkeeper.warc.CdxjIndex;
import org.refkeeper.warc.CdxjLine;
import org.refkeeper.warc.Snapshot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Packs sources as one WACZ that replays on its own: every kept capture of each source, every bundle holding a
 * payload that their revisit records stand for, the index lines of exactly those bundles, and a page per capture.
 * Writes nothing but the package, and that atomically.
 */
public final class WaczExport {
    private final Path root;
    private final CdxjIndex index;

    /** @param index the archive's index: where each bundle's records are, and where revisited payloads are stored */
    public WaczExport(Path root, CdxjIndex index) {
        this.root = root.toAbsolutePath().normalize();
        this.index = index;
    }

    public ExportSummary write(Path file, List<SourceRecord> sources) throws IOException {
        checkTarget(file);
        List<String> captures = sources.stream().flatMap(s -> s.captures().stream()).distinct().toList();
        if (captures.isEmpty()) {
            throw new BadInputException("nothing to export: no capture kept for "
                    + sources.stream().map(SourceRecord::id).collect(Collectors.joining(", ")));
        }
        Set<String> bundles = withOriginals(captures);
        List<Path> files = new ArrayList<>();
        for (String bundle : bundles) {
            Path path = root.resolve(bundle);
            if (!Files.isRegularFile(path)) {
                throw new IOException(path + ": missing, though the archive lists it; 'refkeeper verify' checks the rest");
            }
            files.add(path);
        }
        List<CdxjLine> lines = index.lines().stream().filter(l -> bundles.contains(l.filename())).toList();
        ArchiveReader reader = new ArchiveReader(root, index);
        List<WaczPage> pages = new ArrayList<>();
        for (String capture : captures) {
            Snapshot s = reader.read(capture);
            pages.add(new WaczPage(s.url(), s.date(), s.title(), s.mainText()));
        }
        WaczWriter.write(file, files, lines, pages);
        return new ExportSummary(file, pages.size(), files.size(), Files.size(file));
    }

    /** The bundles and, transitively, those holding the full responses their revisit records point to. */
    private Set<String> withOriginals(List<String> captures) {
        Map<String, List<CdxjLine>> byFile = index.lines().stream().collect(Collectors.groupingBy(CdxjLine::filename));
        Set<String> bundles = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(captures);
        while (!todo.isEmpty()) {
            String bundle = todo.poll();
            if (bundles.add(bundle)) {
                byFile.getOrDefault(bundle, List.of()).stream().filter(CdxjLine::isRevisit)
                        .forEach(l -> index.original(l.digest()).ifPresent(o -> todo.add(o.filename())));
            }
        }
        return bundles;
    }

    /** A .wacz in an existing folder outside the archive (inside, the next run would commit it). */
    private void checkTarget(Path file) throws BadInputException {
        Path target = file.toAbsolutePath().normalize();
        if (!target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".wacz")) {
            throw new BadInputException(file + ": a WACZ package needs a name ending in .wacz");
        }
        if (!Files.isDirectory(target.getParent())) {
            throw new BadInputException(file + ": no folder " + target.getParent() + "; create it first");
        }
        if (target.startsWith(root)) {
            throw new BadInputException(file + ": inside the archive folder, where the next run would commit it;"
                    + " write the package elsewhere");
        }
    }
}
