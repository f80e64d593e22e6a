package org.refkeeper.testing;

import org.refkeeper.Archive;
import org.refkeeper.RunOptions;
import org.refkeeper.demo.LocalSite;
import org.refkeeper.run.RunListener;
import org.refkeeper.report.RunReport;
import org.refkeeper.verdict.State;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Real archives for export tests: a note citing test pages, archived by a real run in Chromium. */
public final class ExportFixtures {
    private ExportFixtures() {
    }

    /** Archives the pages a note in {@code dir} cites into {@code dir/archive}; returns the archive folder. */
    public static Path archiveOf(Path dir, List<String> urls) throws IOException {
        Path note = dir.resolve("notes/reading.md");
        Files.createDirectories(note.getParent());
        Files.writeString(note, "# Reading\n\n" + urls.stream().map(u -> "- <" + u + ">")
                .collect(Collectors.joining("\n")) + "\n");
        Path root = dir.resolve("archive");
        try (LocalSite site = Fixtures.startSite(); Archive archive = Archive.open(root)) {
            RunReport run = archive.run(new RunOptions(List.of(note), Fixtures.settings(site, Duration.ofSeconds(20), true),
                    Optional.of(0L)), RunListener.NONE);
            if (run.count(State.NEW) != urls.size()) {
                throw new IllegalStateException("the fixture run did not capture every page: " + run.sources());
            }
        }
        return root;
    }
}
