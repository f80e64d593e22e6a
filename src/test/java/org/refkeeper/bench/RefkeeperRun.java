package org.refkeeper.bench;

import org.refkeeper.Archive;
import org.refkeeper.RunOptions;
import org.refkeeper.chromium.BrowserSettings;
import org.refkeeper.chromium.Concurrency;
import org.refkeeper.run.RunListener;
import org.refkeeper.report.RunEntry;
import org.refkeeper.report.RunReport;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One refkeeper run through the public API, in its own JVM: what {@code refkeeper run} does, without the
 * command line, in a JVM with the launcher's heap. Arguments: result file, archive folder, concurrency (or
 * {@code default}: as refkeeper chooses it here), host delay in milliseconds or
 * {@code default} (the archive's setting), the Chromium switch that maps host names to the local site, notes.
 */
public final class RefkeeperRun {
    private RefkeeperRun() {
    }

    public static void main(String[] args) throws Exception {
        Path result = Path.of(args[0]);
        Path archive = Path.of(args[1]);
        int concurrency = args[2].equals("default") ? Concurrency.byDefault() : Integer.parseInt(args[2]);
        Optional<Long> delay = args[3].equals("default") ? Optional.empty() : Optional.of(Long.parseLong(args[3]));
        BrowserSettings browser = new BrowserSettings(Optional.empty(), true, Optional.empty(), List.of(args[4]),
                Duration.ofSeconds(30), concurrency);
        List<Path> notes = List.of(args).subList(5, args.length).stream().map(Path::of).toList();
        Window window = Window.open();
        RunReport report;
        try (Archive a = Archive.open(archive)) {
            report = a.run(new RunOptions(notes, browser, delay), RunListener.NONE);
        }
        window.put("pages", report.sources().size()).put("concurrency", concurrency);
        report.counts().forEach((state, n) -> window.put("state." + state, n));
        window.put("check.quick", report.sources().stream().filter(e -> e.check().equals(RunEntry.QUICK)).count());
        window.put("check.full", report.sources().stream().filter(e -> e.check().equals(RunEntry.FULL)).count());
        window.close(result);
        System.exit(0); // whatever threads a library left behind, the bench waits for this JVM to end
    }
}
