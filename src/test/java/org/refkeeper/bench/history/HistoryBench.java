package org.refkeeper.bench.history;

import org.refkeeper.io.FileTrees;
import org.refkeeper.store.ArchiveStore;
import org.refkeeper.report.SourceRecord;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code scripts/bench history [--sizes 1000,10000] [--runs 20] [--workers 2] [--reuse] [--no-clone]}: builds an
 * archive of each size with the real run engine and a generated web (no browser), then times what reads its
 * history. Prints a Markdown table and writes it to {@code target/bench/history/results.md}. {@code --reuse} times
 * archives an earlier call built (the timings leave them as they were); {@code --no-clone} skips the clone.
 */
public final class HistoryBench {
    private HistoryBench() {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = List.of(1000, 10000);
        int runs = 20;
        int workers = 2;
        boolean reuse = false;
        boolean clone = true;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--sizes" -> sizes = Arrays.stream(args[++i].split(",")).map(Integer::parseInt).toList();
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--workers" -> workers = Integer.parseInt(args[++i]);
                case "--reuse" -> reuse = true;
                case "--no-clone" -> clone = false;
                default -> {
                    System.err.println("scripts/bench history: unknown option " + args[i]
                            + "; use --sizes 1000,10000 --runs 20 --workers 2 --reuse --no-clone");
                    System.exit(2);
                }
            }
        }
        Path out = Path.of("target/bench/history");
        Map<Integer, List<String>> columns = new LinkedHashMap<>();
        List<String> rows = new ArrayList<>();
        for (int size : sizes) {
            Path dir = out.resolve(String.valueOf(size));
            Path built = dir.resolve("built.txt");
            if (!reuse || !Files.isRegularFile(built)) {
                FileTrees.delete(dir);
                BuiltArchive b = ArchiveBuilder.build(dir, size, runs, workers);
                Files.writeString(built, describe(b));
            }
            Path root = dir.resolve("archive");
            Path scratch = dir.resolve("scratch");
            FileTrees.delete(scratch);
            Files.createDirectories(scratch);
            List<Timed> timed = HistoryTimings.measure(new BuiltArchive(size, root, busiest(root), List.of(), List.of(), List.of(), ""), scratch);
            long cloneMillis = clone ? HistoryTimings.cloneMillis(root, scratch) : -1;
            FileTrees.delete(scratch);
            List<String> column = new ArrayList<>();
            rows.clear();
            for (Timed t : timed) {
                rows.add(t.what());
                column.add(String.format("%,d ms (CPU %,d ms; first %,d ms)", t.medianMillis(), t.medianCpuMillis(), t.firstMillis()));
            }
            rows.add("repository: .git / working tree");
            column.add(String.format("%.1f MB / %.1f MB", HistoryTimings.bytes(root, true) / 1e6, HistoryTimings.bytes(root, false) / 1e6));
            rows.add("fresh git clone");
            column.add(clone ? String.format("%,d ms", cloneMillis) : "not timed (--no-clone)");
            rows.add("building");
            column.add(Files.readString(built).strip());
            columns.put(size, column);
        }
        StringBuilder md = new StringBuilder("| | " + String.join(" | ", columns.keySet().stream()
                .map(n -> String.format("%,d sources", n)).toList()) + " |\n|---|" + "---|".repeat(columns.size()) + "\n");
        for (int r = 0; r < rows.size(); r++) {
            md.append("| ").append(rows.get(r));
            for (List<String> column : columns.values()) {
                md.append(" | ").append(column.get(r));
            }
            md.append(" |\n");
        }
        md.append("\n").append(HistoryMachine.describe()).append("\n");
        Files.writeString(out.resolve("results.md"), md);
        System.out.print(md);
    }

    /** How the archive was built: runs, their times, the end of a run (report, REPORT.md, commit). */
    private static String describe(BuiltArchive b) {
        List<Long> later = b.runMillis().subList(1, b.runMillis().size());
        List<Long> ends = b.endMillis().subList(1, b.endMillis().size());
        return String.format("first run (all new) %,d ms (CPU %,d ms); %d daily runs %,d–%,d ms each (median %,d, CPU "
                        + "median %,d); end of run (report, REPORT.md, commit) run 1 %,d ms, run %d %,d ms, median %,d ms; %s",
                b.runMillis().get(0), b.runCpuMillis().get(0), later.size(), min(later), max(later), median(later),
                median(b.runCpuMillis().subList(1, b.runCpuMillis().size())), ends.get(0), ends.size(),
                ends.get(ends.size() - 1), median(ends), b.edits());
    }

    /** The source with the most captures: the one {@code log} and {@code diff} have most to say about. */
    private static String busiest(Path root) throws Exception {
        try (ArchiveStore store = ArchiveStore.openForReading(root)) {
            return store.sources().stream().max(Comparator.comparingInt(s -> s.captures().size()))
                    .map(SourceRecord::id).orElseThrow();
        }
    }

    private static long median(List<Long> xs) {
        return xs.stream().sorted().toList().get(xs.size() / 2);
    }

    private static long min(List<Long> xs) {
        return xs.stream().min(Long::compare).orElse(0L);
    }

    private static long max(List<Long> xs) {
        return xs.stream().max(Long::compare).orElse(0L);
    }
}
