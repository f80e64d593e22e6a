package org.refkeeper.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * "Where the time goes" for one profiled run: per place in refkeeper (see {@link JfrProfile#where}), the wall time
 * per page, and the CPU that the JVM's threads, Playwright's driver and Chromium used while the run's threads were
 * there (JFR's own samples miss native code such as zlib, so CPU comes from /proc). It is lined up by time: each /proc sample's growth is shared among the places the threads were in during
 * that interval, in proportion to the time spent in each; it is exact only at concurrency 1.
 */
final class ProfileReport {
    private ProfileReport() {
    }

    private static final class Row {
        double wallMs;
        final Map<String, Double> processMs = new TreeMap<>();
    }

    /** The table, its first {@code rows} places, the others summed in one row. */
    static String render(String title, int pages, double wallSeconds, List<JfrProfile.Segment> segments,
                         List<ProcSampler.Sample> series, int rows) {
        Map<String, Row> places = new HashMap<>();
        double covered = 0;
        for (JfrProfile.Segment s : segments) {
            Row r = places.computeIfAbsent(s.where(), k -> new Row());
            r.wallMs += s.millis();
            covered += s.millis();
        }
        lineUp(segments, series, places);
        List<Map.Entry<String, Row>> sorted = new ArrayList<>(places.entrySet());
        sorted.sort(Comparator.comparingDouble((Map.Entry<String, Row> e) -> -(e.getValue().wallMs + total(e.getValue()))));
        StringBuilder out = new StringBuilder("\n### ").append(title).append("\n\n");
        out.append(String.format("%d pages, %.1f s; the run's threads account for %.1f s (%.0f%% of the wall time x threads).%n%n",
                pages, wallSeconds, covered / 1000, 100 * covered / 1000 / wallSeconds));
        out.append("| where (innermost refkeeper method → what it called) | wall ms/page | JVM CPU ms/page: run threads / other | driver CPU ms/page | Chromium CPU ms/page | of which renderer / browser / GPU |\n");
        out.append("|---|--:|--:|--:|--:|--:|\n");
        Row rest = new Row();
        for (int i = 0; i < sorted.size(); i++) {
            Row r = sorted.get(i).getValue();
            if (i < rows) {
                out.append(row(sorted.get(i).getKey(), r, pages));
            } else {
                rest.wallMs += r.wallMs;
                r.processMs.forEach((k, v) -> rest.processMs.merge(k, v, Double::sum));
            }
        }
        if (sorted.size() > rows) {
            out.append(row("(" + (sorted.size() - rows) + " other places)", rest, pages));
        }
        return out.toString();
    }

    private static String row(String where, Row r, int pages) {
        double chromium = chromium(r);
        return String.format("| %s | %.0f | %.0f / %.0f | %.0f | %.0f | %.0f / %.0f / %.0f |%n", where.replace("|", "/"),
                r.wallMs / pages, r.processMs.getOrDefault(ProcSampler.RUN_THREADS, 0.0) / pages,
                r.processMs.getOrDefault(ProcSampler.OTHER_THREADS, 0.0) / pages,
                r.processMs.getOrDefault("driver", 0.0) / pages, chromium / pages,
                r.processMs.getOrDefault("chromium:renderer", 0.0) / pages,
                r.processMs.getOrDefault("chromium:browser", 0.0) / pages,
                r.processMs.getOrDefault("chromium:gpu-process", 0.0) / pages);
    }

    private static double chromium(Row r) {
        return r.processMs.entrySet().stream().filter(e -> e.getKey().startsWith("chromium:")).mapToDouble(Map.Entry::getValue).sum();
    }

    private static double total(Row r) {
        return r.processMs.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /** Shares each sampling interval's CPU growth (driver, Chromium) among the places the threads were in then. */
    private static void lineUp(List<JfrProfile.Segment> segments, List<ProcSampler.Sample> series, Map<String, Row> rows) {
        List<JfrProfile.Segment> byStart = new ArrayList<>(segments);
        byStart.sort(Comparator.comparingLong(JfrProfile.Segment::startNanos));
        int first = 0;
        for (int i = 1; i < series.size(); i++) {
            long from = series.get(i - 1).epochMillis() * 1_000_000;
            long to = series.get(i).epochMillis() * 1_000_000;
            while (first < byStart.size() && byStart.get(first).startNanos() < from - 10_000_000_000L) {
                first++; // no segment is longer than 10 s: Playwright waits in 10 ms polls, politeness in 2 s sleeps
            }
            Map<String, Double> overlap = new HashMap<>();
            double sum = 0;
            for (int j = first; j < byStart.size() && byStart.get(j).startNanos() < to; j++) {
                JfrProfile.Segment s = byStart.get(j);
                double o = Math.min(to, s.endNanos()) - Math.max(from, s.startNanos());
                if (o > 0) {
                    overlap.merge(s.where(), o, Double::sum);
                    sum += o;
                }
            }
            if (sum == 0) {
                continue;
            }
            for (Map.Entry<String, Double> role : series.get(i).cpuSeconds().entrySet()) {
                if (role.getKey().equals("jvm")) {
                    continue;
                }
                double grew = role.getValue() - series.get(i - 1).cpuSeconds().getOrDefault(role.getKey(), 0.0);
                if (grew <= 0) {
                    continue;
                }
                for (Map.Entry<String, Double> o : overlap.entrySet()) {
                    rows.get(o.getKey()).processMs.merge(role.getKey(), grew * 1000 * o.getValue() / sum, Double::sum);
                }
            }
        }
    }
}
