package org.refkeeper.folder;

import org.refkeeper.report.Json;
import org.refkeeper.report.LatestChecks;
import org.refkeeper.report.RunEntry;
import org.refkeeper.report.RunReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The run reports in {@code runs/}, newest first, each read only when reached. A periodic run reports every source,
 * so the latest state of every source is nearly always in the newest report: a question about "now" reads one
 * report, not twenty. A run id is its start time ({@link Layout#runId}), with {@code -2}, {@code -3} ... for runs
 * that started within the same second, so the order of the ids is the order of the runs.
 */
public final class RunFiles {
    /** Newest first: by the time in the id, then by its counter. */
    static final Comparator<String> NEWEST_FIRST = Comparator.comparing(RunFiles::stamp)
            .thenComparingInt(RunFiles::counter).reversed();
    private final List<Path> files;

    private RunFiles(List<Path> files) {
        this.files = files;
    }

    public static RunFiles in(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return new RunFiles(List.of());
        }
        try (Stream<Path> files = Files.list(dir)) {
            return new RunFiles(files.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .sorted(Comparator.comparing(RunFiles::id, NEWEST_FIRST)).toList());
        }
    }

    /** Every run, oldest first (by start time, then id). */
    public List<RunReport> all() throws IOException {
        List<RunReport> out = new ArrayList<>();
        for (Path f : files) {
            out.add(Json.read(f, RunReport.class));
        }
        out.sort(Comparator.comparing(RunReport::started).thenComparing(RunReport::run));
        return out;
    }

    /**
     * For each of {@code ids}, the latest entry a run report gives it (what a run that died found counts as coming
     * before the own checks of the run that committed it) and when a run last checked it; reads reports newest
     * first until every id has both.
     */
    public LatestChecks latest(Set<String> ids) throws IOException {
        Map<String, RunEntry> entries = new HashMap<>();
        Map<String, Instant> checked = new HashMap<>();
        Set<String> complete = new HashSet<>();
        for (Path file : files) {
            if (complete.size() == ids.size()) {
                break;
            }
            RunReport r = Json.read(file, RunReport.class);
            for (RunEntry e : r.sources()) {
                if (ids.contains(e.id())) {
                    entries.putIfAbsent(e.id(), e);
                    if (checked.putIfAbsent(e.id(), r.started()) == null && entries.containsKey(e.id())) {
                        complete.add(e.id());
                    }
                }
            }
            for (RunEntry e : r.recovered()) {
                if (ids.contains(e.id())) {
                    entries.putIfAbsent(e.id(), e);
                }
            }
        }
        return new LatestChecks(entries, checked);
    }

    private static String id(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - ".json".length());
    }

    private static String stamp(String id) {
        int dash = id.indexOf('-');
        return dash < 0 ? id : id.substring(0, dash);
    }

    private static int counter(String id) {
        int dash = id.indexOf('-');
        try {
            return dash < 0 ? 1 : Integer.parseInt(id.substring(dash + 1));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
