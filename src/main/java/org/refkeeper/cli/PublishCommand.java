package org.refkeeper.cli;

import org.refkeeper.Archive;
import org.refkeeper.io.BadInputException;
import org.refkeeper.publish.BaseUrl;
import org.refkeeper.publish.PublishOptions;
import org.refkeeper.publish.PublishSummary;
import org.refkeeper.verdict.State;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

@Command(name = "publish", description = "Write the archive as a static site that any static host serves (and that "
        + "opens from disk), and/or a links file that blogs read to show archived copies beside dead citations. "
        + "The site holds copies of other people's pages: publishing them is your decision.")
final class PublishCommand implements Callable<Integer> {
    @Mixin
    Output output;

    @ParentCommand
    RefkeeperCommand parent;

    @Option(names = "--to", paramLabel = "DIR",
            description = "The site's folder: new, empty, or an earlier publish (only what changed is rewritten).")
    Path to;

    @Option(names = "--data", paramLabel = "FILE",
            description = "Write the links file: every cited URL, its state and its archived copy (e.g. _data/refkeeper.json).")
    Path data;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "Where the site will be served, e.g. https://you.github.io/refs/: the links file's addresses.")
    String baseUrl;

    @Option(names = "--sources", paramLabel = "STATE", split = ",",
            description = "Publish only sources in these states, e.g. vanished,blocked (default: all).")
    List<String> states = new ArrayList<>();

    @Option(names = "--title", paramLabel = "TEXT", defaultValue = PublishOptions.DEFAULT_TITLE,
            description = "The site's title (default: ${DEFAULT-VALUE}).")
    String title;

    @Option(names = "--all-captures", description = "Publish a copy of every capture, not only the last good one.")
    boolean allCaptures;

    @Override
    public Integer call() throws Exception {
        Optional<URI> base = baseUrl == null ? Optional.empty() : Optional.of(BaseUrl.parse(baseUrl));
        PublishOptions options = new PublishOptions(Optional.ofNullable(to), Optional.ofNullable(data), base,
                states(), title.strip().isEmpty() ? PublishOptions.DEFAULT_TITLE : title.strip(), allCaptures);
        PublishSummary summary;
        try (Archive archive = parent.openArchive()) {
            summary = archive.publish(options);
        }
        if (output.json()) {
            output.printJson(summary);
            return ExitCodes.OK;
        }
        PrintWriter out = output.out();
        summary.site().ifPresent(dir -> {
            out.println("published " + summary.sources() + " sources, " + summary.copies() + " offline copies to "
                    + dir.toAbsolutePath().normalize() + ": " + summary.written() + " files written, "
                    + summary.unchanged() + " unchanged, " + summary.removed() + " removed");
            out.println(dir.toAbsolutePath().normalize().resolve("index.html").toUri());
        });
        summary.data().ifPresent(file -> out.println((summary.dataWritten() ? "wrote " : "unchanged: ")
                + file.toAbsolutePath().normalize() + (base.isEmpty()
                ? " (without --base-url it gives each copy's path in the site, no address)" : "")));
        out.flush();
        return ExitCodes.OK;
    }

    private Set<State> states() throws BadInputException {
        Set<State> out = EnumSet.noneOf(State.class);
        for (String s : states) {
            try {
                out.add(State.of(s));
            } catch (IllegalArgumentException e) {
                throw new BadInputException("--sources " + s + ": not a state; use new, unchanged, changed, vanished, "
                        + "blocked, unreachable or error");
            }
        }
        return out;
    }
}
