package org.refkeeper.folder;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Where each file lives in the archive folder (DESIGN.md, "The archive folder"). Paths are relative to the root. */
public final class Layout {
    /** The archive format refkeeper writes, recorded in refkeeper.json; 0.1.0 wrote none. */
    public static final int FORMAT = 1;
    public static final String SETTINGS = "refkeeper.json";
    public static final String INDEX = "index.cdxj";
    public static final String REPORT = "REPORT.md";
    public static final String RUNS = "runs";
    public static final String SOURCES = "sources";
    public static final String CAPTURES = "captures";
    public static final String GITIGNORE = ".gitignore";
    /** The note {@code demo} writes into the archive, so that later runs find it. */
    public static final String DEMO_NOTE = "demo/reading-list.md";
    /** Every path refkeeper writes in the archive folder: the only ones it ever stages for a commit. */
    public static final List<String> OWN = List.of(SETTINGS, INDEX, REPORT, RUNS, SOURCES, CAPTURES, GITIGNORE,
            DEMO_NOTE);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy/MM").withZone(ZoneOffset.UTC);

    private Layout() {
    }

    public static String sourceJson(String id) {
        return SOURCES + "/" + id + "/source.json";
    }

    public static String content(String id) {
        return SOURCES + "/" + id + "/content.md";
    }

    public static String run(String runId) {
        return RUNS + "/" + runId + ".json";
    }

    /** {@code captures/<yyyy>/<mm>/<slug>-<timestamp>.warc.gz}, with a counter if that name is taken. */
    public static String newBundle(Path root, String slug, Instant at) {
        String base = CAPTURES + "/" + MONTH.format(at) + "/" + slug + "-" + STAMP.format(at);
        String name = base + ".warc.gz";
        for (int n = 2; root.resolve(name).toFile().exists(); n++) {
            name = base + "-" + n + ".warc.gz";
        }
        return name;
    }

    /** A run id for a run that starts at {@code started} that no earlier run in {@code root} has. */
    public static String newRunId(Path root, Instant started) {
        String base = runId(started);
        String id = base;
        for (int n = 2; root.resolve(run(id)).toFile().exists(); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /** A run id: the UTC start time, {@code 20261129T120000Z}. */
    public static String runId(Instant started) {
        return STAMP.format(started);
    }
}
