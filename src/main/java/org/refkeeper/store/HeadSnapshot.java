package org.refkeeper.store;

import org.refkeeper.folder.RunFiles;
import org.refkeeper.report.Json;
import org.refkeeper.report.LatestChecks;
import org.refkeeper.report.RunEntry;
import org.refkeeper.report.RunReport;
import org.refkeeper.report.SourceRecord;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.refkeeper.io.AtomicFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Every source.json and what the run reports say of every source now, as the archive's newest commit holds them,
 * in one file ({@code .git/refkeeper/head.json}): {@code status}, REPORT.md and the web UI's list read one file, not
 * one per source and run. Derived and disposable: trusted only when it names the commit HEAD is and the folder is
 * marked as that commit left it ({@link Staging}); otherwise ignored, and made again by whoever reads the folder
 * whole. Written whole (a run killed while writing it leaves the old one, which names an older commit), inside
 * {@code .git}: never committed, never cloned.
 *
 * @param sources by id, in the order of their folders
 * @param checks  by id, how many runs checked each source, once a writer counted them; null until then (a reader
 *                that makes the snapshot reads only the newest run reports, and cannot count)
 */
record HeadSnapshot(String head, Map<String, SourceRecord> sources, LatestChecks latest, Map<String, Integer> checks) {
    static final String FILE = ".git/refkeeper/head.json";
    /** The order of the source folders: a path compares "a/b/" before "a/b-c/" (as if each id ended in '/'). */
    static final Comparator<String> FOLDER_ORDER = HeadSnapshot::compareFolders;

    HeadSnapshot {
        TreeMap<String, SourceRecord> sorted = new TreeMap<>(FOLDER_ORDER);
        sorted.putAll(sources);
        sources = java.util.Collections.unmodifiableMap(sorted);
        checks = checks == null ? null : Map.copyOf(checks);
    }

    /** The snapshot of the folder as {@code head} left it, if one was made and the folder is still as it was. */
    static Optional<HeadSnapshot> read(Path root, Optional<String> head) {
        if (head.isEmpty() || !Staging.markedAt(root, head.get())) {
            return Optional.empty();
        }
        return readAt(root, head.get());
    }

    /** The snapshot made at {@code head}, for a writer that found the folder marked as left there. */
    static Optional<HeadSnapshot> readAt(Path root, String head) {
        Path file = root.resolve(FILE);
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            HeadSnapshot s = Json.read(file, HeadSnapshot.class);
            return s.head().equals(head) ? Optional.of(s) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // made again from the folder
        }
    }

    /** Reads the folder whole: every source.json, and the run reports as far back as they must be read. */
    static HeadSnapshot fromFolder(String head, List<SourceRecord> sources, RunFiles runs) throws IOException {
        Set<String> ids = sources.stream().map(SourceRecord::id).collect(Collectors.toSet());
        return new HeadSnapshot(head, sources.stream().collect(Collectors.toMap(SourceRecord::id, s -> s)),
                runs.latest(ids), null);
    }

    /** This snapshot with what a writer wrote since it was made: its sources and the run reports, oldest first. */
    HeadSnapshot with(String newHead, Map<String, SourceRecord> saved, List<RunReport> reports) {
        Map<String, SourceRecord> all = new TreeMap<>(sources);
        all.putAll(saved);
        Map<String, RunEntry> entries = new java.util.HashMap<>(latest.entries());
        Map<String, Instant> checked = new java.util.HashMap<>(latest.checked());
        Map<String, Integer> counted = checks == null ? null : new java.util.HashMap<>(checks);
        for (RunReport r : reports) {
            r.recovered().forEach(e -> entries.put(e.id(), e));
            r.sources().forEach(e -> {
                entries.put(e.id(), e);
                checked.put(e.id(), r.started());
                if (counted != null) {
                    counted.merge(e.id(), 1, Integer::sum);
                }
            });
        }
        return new HeadSnapshot(newHead, all, new LatestChecks(entries, checked), counted);
    }

    HeadSnapshot renamed(String newHead) {
        return new HeadSnapshot(newHead, sources, latest, checks);
    }

    /** This snapshot with the checks of every source counted (from every run report). */
    HeadSnapshot counted(Map<String, Integer> counts) {
        return new HeadSnapshot(head, sources, latest, counts);
    }

    /** How many runs checked each source (by id), counted over every run report. */
    static Map<String, Integer> count(List<RunReport> runs) {
        Map<String, Integer> counts = new java.util.HashMap<>();
        runs.forEach(r -> r.sources().forEach(e -> counts.merge(e.id(), 1, Integer::sum)));
        return counts;
    }

    private static int compareFolders(String a, String b) {
        int n = Math.max(a.length(), b.length()) + 1;
        for (int i = 0; i < n; i++) {
            char x = i < a.length() ? a.charAt(i) : i == a.length() ? '/' : 0;
            char y = i < b.length() ? b.charAt(i) : i == b.length() ? '/' : 0;
            if (x != y) {
                return x - y;
            }
        }
        return 0;
    }

    /** Writes it if it can: a reader of a read-only archive goes without. */
    void save(Path root) {
        try {
            Files.createDirectories(root.resolve(FILE).getParent());
            // compact: a quarter smaller than the archive's pretty files, and read that much faster
            AtomicFile.write(root.resolve(FILE), Json.MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsBytes(this));
        } catch (IOException | RuntimeException e) {
            // a cache: the next reader reads the folder again
        }
    }
}
