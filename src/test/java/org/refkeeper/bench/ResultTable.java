package org.refkeeper.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The benchmark's findings as Markdown: one row a phase, the ratios the targets are stated in, then the details. */
final class ResultTable {
    private static final List<String> HEAD = List.of("phase", "pages", "wall s", "pages/s", "JVM CPU s/page",
            "Chromium CPU s/page", "driver CPU s/page", "JVM peak RSS MB", "Chromium peak RSS MB (PSS)",
            "archive bytes/page", "lazy images captured/present");

    private ResultTable() {
    }

    static String render(List<PhaseResult> results) {
        List<List<String>> rows = new ArrayList<>();
        for (PhaseResult r : results) {
            rows.add(List.of(r.label(), Integer.toString(r.pages()), f1(r.wallSeconds()), f2(r.pagesPerSecond()),
                    f2(r.perPage(r.jvmCpu())), f2(r.perPage(r.chromiumCpu())), f2(r.perPage(r.driverCpu())),
                    mb(r.jvmPeakRss()), mb(r.chromiumPeakRss()) + " (" + mb(r.chromiumPeakPss()) + ")",
                    r.name().equals("plain") ? "—" : String.format("%,d", r.archiveBytes() / r.pages()),
                    r.lazyCaptured() + "/" + r.lazyPresent()));
        }
        StringBuilder out = new StringBuilder(markdown(rows)).append('\n');
        ratios(results, out);
        out.append("\nDetails (CPU seconds per page by process, sampled from /proc; the JVM's own is exact):\n\n");
        for (PhaseResult r : results) {
            details(r, out);
        }
        return out.toString();
    }

    private static void ratios(List<PhaseResult> results, StringBuilder out) {
        Optional<PhaseResult> plain = find(results, "plain");
        Optional<PhaseResult> first = find(results, "first");
        Optional<PhaseResult> rerun = find(results, "rerun");
        if (plain.isPresent() && first.isPresent()) {
            out.append(String.format("- first run vs plain loop: %.2f× the pages/s, %.2f× the CPU per page (JVM + driver + Chromium)%n",
                    first.get().pagesPerSecond() / plain.get().pagesPerSecond(), cpu(first.get()) / cpu(plain.get())));
        }
        if (first.isPresent() && rerun.isPresent()) {
            out.append(String.format("- no-change rerun vs first run: %.2f× as fast, %.2f× the CPU per page%n",
                    rerun.get().pagesPerSecond() / first.get().pagesPerSecond(), cpu(rerun.get()) / cpu(first.get())));
        }
        find(results, "polite").ifPresent(p -> first.ifPresent(f -> out.append(String.format(
                "- default politeness vs host delay 0: %.2f× the pages/s%n", p.pagesPerSecond() / f.pagesPerSecond()))));
    }

    private static double cpu(PhaseResult r) {
        return r.perPage(r.jvmCpu() + r.driverCpu() + r.chromiumCpu());
    }

    private static void details(PhaseResult r, StringBuilder out) {
        out.append("- ").append(r.label()).append(String.format(": JVM %.3f (%.3f with start-up)",
                r.perPage(r.jvmCpu()), r.perPage(r.jvmCpuTotal())));
        for (Map.Entry<String, Double> e : r.cpuByRole().entrySet()) {
            if (!e.getKey().equals("jvm")) {
                out.append(String.format(", %s %.3f", e.getKey(), r.perPage(e.getValue())));
            }
        }
        out.append(String.format("; lazy images sent in full %d; load %.2f → %.2f", r.lazyFetched(), r.loadBefore(),
                r.loadAfter()));
        r.extra().forEach((k, v) -> out.append(", ").append(k).append(' ').append(k.startsWith("step.")
                ? String.format("%.3f s/page", Double.parseDouble(v) / r.pages()) : v));
        out.append("\n  - JVM CPU s/page by thread:");
        r.jvmThreads().entrySet().stream().sorted((a, b) -> Double.compare(b.getValue(), a.getValue()))
                .filter(e -> r.perPage(e.getValue()) >= 0.001)
                .forEach(e -> out.append(String.format(" %s %.3f;", e.getKey(), r.perPage(e.getValue()))));
        out.append('\n');
    }

    private static Optional<PhaseResult> find(List<PhaseResult> results, String name) {
        return results.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    private static String markdown(List<List<String>> rows) {
        int[] width = new int[HEAD.size()];
        for (List<String> row : concat(rows)) {
            for (int i = 0; i < row.size(); i++) {
                width[i] = Math.max(width[i], row.get(i).length());
            }
        }
        StringBuilder out = new StringBuilder();
        line(HEAD, width, out);
        List<String> rule = new ArrayList<>();
        for (int w : width) {
            rule.add("-".repeat(w));
        }
        line(rule, width, out);
        rows.forEach(r -> line(r, width, out));
        return out.toString();
    }

    private static List<List<String>> concat(List<List<String>> rows) {
        List<List<String>> all = new ArrayList<>(rows);
        all.add(HEAD);
        return all;
    }

    private static void line(List<String> cells, int[] width, StringBuilder out) {
        out.append('|');
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            out.append(' ').append(i == 0 ? pad(c, width[i]) : " ".repeat(width[i] - c.length()) + c).append(" |");
        }
        out.append('\n');
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(width - s.length());
    }

    private static String f1(double v) {
        return String.format("%.1f", v);
    }

    private static String f2(double v) {
        return String.format("%.2f", v);
    }

    private static String mb(long bytes) {
        return Long.toString(bytes >> 20);
    }
}
