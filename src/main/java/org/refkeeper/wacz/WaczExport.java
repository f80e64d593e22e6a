package org.refkeeper.wacz;

import org.refkeeper.index.CdxjIndex;
import org.refkeeper.index.CdxjLine;
import org.refkeeper.io.BadInputException;
import org.refkeeper.io.RealPath;
import org.refkeeper.report.SourceRecord;
import org.refkeeper.warc.ArchiveReader;
import org.refkeeper.warc.Snapshot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
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
    private final Clock clock;

    /**
     * @param index the archive's index: where each bundle's records are, and where revisited payloads are stored
     * @param clock the package's creation date
     */
    public WaczExport(Path root, CdxjIndex index, Clock clock) {
        this.root = root.toAbsolutePath().normalize(); // the archive's real path: see ArchiveStore
        this.index = index;
        this.clock = clock;
    }

    public ExportSummary write(Path file, List<SourceRecord> sources) throws IOException {
        checkTarget(file);
        List<String> captures = sources.stream().flatMap(s -> s.captures().stream()).distinct().toList();
        if (captures.isEmpty()) {
            throw new BadInputException("nothing to export: no capture kept for "
                    + sources.stream().map(SourceRecord::id).collect(Collectors.joining(", ")));
        }
        Set<String> bundles = withOriginals(captures);
        for (String bundle : bundles) {
            if (!Files.isRegularFile(root.resolve(bundle))) {
                throw new IOException(root.resolve(bundle) + ": missing, though the archive lists it; "
                        + "'refkeeper verify' checks the rest");
            }
        }
        Map<String, List<CdxjLine>> lines = index.lines().stream().collect(Collectors.groupingBy(CdxjLine::filename));
        ArchiveReader reader = new ArchiveReader(root, index);
        try (WaczWriter wacz = WaczWriter.create(file, clock)) {
            for (String bundle : bundles) {
                wacz.addWarc(root.resolve(bundle), lines.getOrDefault(bundle, List.of()));
            }
            for (String capture : captures) {
                Snapshot s = reader.read(capture);
                wacz.addPage(new WaczPage(s.url(), s.date(), s.title(), s.mainText()));
            }
            wacz.finish();
        }
        return new ExportSummary(file, captures.size(), bundles.size(), Files.size(file));
    }

    /** The bundles and, transitively, those holding the full responses their revisit records point to. */
    private Set<String> withOriginals(List<String> captures) throws IOException {
        Map<String, List<CdxjLine>> byFile = index.lines().stream().collect(Collectors.groupingBy(CdxjLine::filename));
        ArchiveReader reader = new ArchiveReader(root, index);
        Set<String> bundles = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(captures);
        while (!todo.isEmpty()) {
            String bundle = todo.poll();
            if (bundles.add(bundle)) {
                for (CdxjLine revisit : byFile.getOrDefault(bundle, List.of()).stream().filter(CdxjLine::isRevisit)
                        .toList()) {
                    reader.originalOf(revisit).ifPresent(o -> todo.add(o.filename()));
                }
            }
        }
        return bundles;
    }

    /** A .wacz in an existing folder outside the archive (inside, the next run would commit it). */
    private void checkTarget(Path file) throws IOException {
        Path target = file.toAbsolutePath().normalize();
        if (!target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".wacz")) {
            throw new BadInputException(file + ": a WACZ package needs a name ending in .wacz");
        }
        if (!Files.isDirectory(target.getParent())) {
            throw new BadInputException(file + ": no folder " + target.getParent() + "; create it first");
        }
        if (Files.isDirectory(target)) {
            throw new BadInputException(file + ": a folder; name the package file to write, e.g. " + file + "/archive.wacz");
        }
        if (RealPath.isInside(target, root)) {
            throw new BadInputException(file + ": inside the archive folder, where the next run would commit it;"
                    + " write the package elsewhere");
        }
    }
}
