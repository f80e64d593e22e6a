package org.refkeeper.cli;

import org.refkeeper.Archive;
import org.refkeeper.restore.RestoreResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "restore", description = "Write an offline copy of a source's capture that opens in any browser "
        + "without network: index.html, its files, the screenshot, content.md and the WARC bundle.")
final class RestoreCommand implements Callable<Integer> {
    @Mixin
    Output output;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    @ParentCommand
    RefkeeperCommand parent;

    @Parameters(paramLabel = "SOURCE", description = "A URL (as cited or canonical) or a source id.")
    String source;

    @Option(names = "--at", paramLabel = "WHEN",
            description = "A date, run id or commit: the capture that was the last good one then (default: now).")
    String at;

    @Option(names = "--to", paramLabel = "DIR", required = true,
            description = "A new or empty folder, or an earlier restore to replace.")
    Path to;

    @Option(names = "--keep-scripts", description = "Keep the page's scripts (they run cut off from the network).")
    boolean keepScripts;

    @Override
    public Integer call() throws Exception {
        RestoreResult result;
        try (Archive archive = parent.openArchive()) {
            result = archive.restore(source, Optional.ofNullable(at), to, keepScripts);
        }
        PrintWriter out = output.out();
        if (output.json()) {
            output.printJson(result);
            return ExitCodes.OK;
        }
        out.println("restored " + result.url() + " as captured " + WHEN.format(result.capturedAt())
                + " (state now: " + result.stateNow().label() + "), " + result.files().size() + " files in " + result.dir());
        out.println(result.page().toUri());
        out.flush();
        return ExitCodes.OK;
    }
}
