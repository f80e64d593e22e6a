package org.refkeeper.testing;

import org.refkeeper.sources.Reference;
import org.refkeeper.sources.References;
import org.refkeeper.run.CaptureRun;
import org.refkeeper.run.RunListener;
import org.refkeeper.run.RunPlan;
import org.refkeeper.run.Retries;
import org.refkeeper.run.Selection;
import org.refkeeper.store.ArchiveStore;
import org.refkeeper.report.RunReport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A run over a {@link PaperWeb} described by a file, one line a source: {@code URL TAB version} where the version
 * is a number (the article's text) or {@code gone} (404). Run as a program it is a run that a test can kill -9.
 */
public final class PaperRun {
    private PaperRun() {
    }

    public static void main(String[] args) throws IOException {
        run(Path.of(args[0]), Path.of(args[1]), Duration.ofMillis(Long.parseLong(args[2])));
    }

    /** One run over the world as the file describes it, each capture taking {@code pause}. */
    public static RunReport run(Path archive, Path world, Duration pause) throws IOException {
        Map<String, String> versions = read(world);
        Clock clock = Clock.systemUTC();
        PaperWeb web = new PaperWeb(clock).pausing(pause);
        List<Reference> refs = new ArrayList<>();
        for (Map.Entry<String, String> page : versions.entrySet()) {
            String url = page.getKey();
            if (page.getValue().equals("gone")) {
                web.status(url, 404);
            } else {
                web.article(url, "Article " + refs.size(), text(url, page.getValue()));
            }
            refs.add(PaperWeb.cited(url, "Article " + refs.size(), "notes/world.md", refs.size() + 1));
        }
        try (ArchiveStore store = ArchiveStore.openForWriting(archive, clock)) {
            return new CaptureRun(store, new References(refs, List.of()), () -> web,
                    new RunPlan(2, 0, Retries.NONE, Selection.ALL), RunListener.NONE, clock).call();
        }
    }

    /** The main text of the article at {@code url} in {@code version}. */
    public static String text(String url, String version) {
        return "The article at " + url + " as it reads in version " + version + ", long enough to be an article's text.";
    }

    public static Map<String, String> read(Path world) throws IOException {
        Map<String, String> out = new TreeMap<>();
        for (String line : Files.readAllLines(world)) {
            String[] parts = line.split("\t");
            out.put(parts[0], parts[1]);
        }
        return out;
    }

    public static void write(Path world, Map<String, String> versions) throws IOException {
        StringBuilder s = new StringBuilder();
        versions.forEach((url, v) -> s.append(url).append('\t').append(v).append('\n'));
        Files.writeString(world, s);
    }
}
