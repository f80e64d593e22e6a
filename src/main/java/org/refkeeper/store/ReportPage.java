package org.refkeeper.store;

import org.refkeeper.folder.Layout;
import org.refkeeper.report.RunReport;
import org.refkeeper.report.SourceRecord;
import org.refkeeper.citations.Citation;
import org.refkeeper.verdict.State;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;

/**
 * {@code REPORT.md}: every source's state and since when, for people. Only the run line depends on the run;
 * everything else comes from source.json, so a run in which nothing changed changes one line.
 */
public final class ReportPage {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    private static final List<String> GROUPS = List.of("Vanished", "Blocked", "Unreachable", "Error", "Archived");

    private ReportPage() {
    }

    public static String render(RunReport lastRun, List<SourceRecord> sources, BiPredicate<String, String> titleDiffers) {
        StringBuilder md = new StringBuilder("# refkeeper report\n\n");
        md.append("Last run: ").append(lastRun.run()).append(" — ").append(lastRun.summary())
                .append(" (`runs/").append(lastRun.run()).append(".json`)\n\n");
        Map<String, List<SourceRecord>> byGroup = sources.stream().collect(Collectors.groupingBy(s -> group(s.state())));
        md.append(sources.size()).append(" sources: ").append(GROUPS.stream().filter(byGroup::containsKey)
                .map(g -> byGroup.get(g).size() + " " + g.toLowerCase()).collect(Collectors.joining(", ")))
                .append(".\n");
        for (String name : GROUPS) {
            List<SourceRecord> group = byGroup.getOrDefault(name, List.of());
            if (group.isEmpty()) {
                continue;
            }
            md.append("\n## ").append(name).append(" (").append(group.size()).append(")\n\n");
            group.stream().sorted(Comparator.comparing(SourceRecord::since).reversed().thenComparing(SourceRecord::id))
                    .forEach(s -> entry(md, s, titleDiffers));
        }
        return md.toString();
    }

    private static String group(State state) {
        if (state.good()) {
            return "Archived";
        }
        return Character.toUpperCase(state.label().charAt(0)) + state.label().substring(1);
    }

    private static void entry(StringBuilder md, SourceRecord s, BiPredicate<String, String> titleDiffers) {
        md.append("- **").append(escape(s.title().isBlank() ? s.url() : s.title())).append("** — ")
                .append(s.state().label()).append(" since ").append(day(s.since()));
        if (!s.reason().isBlank() && !(s.state() == State.NEW && s.reason().equals(CommitMessage.FIRST_CAPTURE))) {
            md.append(" (").append(escape(s.reason())).append(')');
        }
        md.append("  \n  ").append(s.url());
        s.movedTo().ifPresent(m -> md.append(" → moved to ").append(m));
        md.append("  \n");
        if (!s.liveTitle().isBlank() && !s.title().isBlank() && titleDiffers.test(s.title(), s.liveTitle())) {
            md.append("  ⚠ the page now shows another title: **").append(escape(s.liveTitle())).append("**  \n");
        }
        s.lastGood().ifPresentOrElse(g -> md.append("  last good capture: ").append(day(g.at()))
                        .append(" · [main text](").append(Layout.content(s.id())).append(") · `")
                        .append(g.bundle()).append("`  \n"),
                () -> md.append("  no good capture yet  \n"));
        md.append("  cited in: ").append(s.citations().stream().map(Citation::where).distinct()
                .collect(Collectors.joining(", "))).append("\n");
    }

    private static String day(Instant t) {
        return t == null ? "?" : DAY.format(t);
    }

    private static String escape(String text) {
        return text.replace("*", "\\*").replace("\n", " ");
    }
}
