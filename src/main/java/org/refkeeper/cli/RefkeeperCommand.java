package org.refkeeper.cli;

import org.refkeeper.Archive;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;

// scope INHERIT: every subcommand takes --help (and --version) too
@Command(name = "refkeeper", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT,
        version = "refkeeper 0.1.0",
        description = "Keeps the articles that your notes cite: captures them in Chromium into WARC files "
                + "in a git-versioned archive, and tells you when they change or vanish.",
        subcommands = {RefsCommand.class, RunCommand.class, StatusCommand.class, LogCommand.class, DiffCommand.class,
                RestoreCommand.class, ServeCommand.class, PublishCommand.class, ExportCommand.class, ImportCommand.class,
                VerifyCommand.class, DemoCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:refkeeper failed", "2:bad usage or bad input",
                "3:a source ended in a state named by run --fail-on"})
final class RefkeeperCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Option(names = "--archive", paramLabel = "DIR",
            description = "The archive folder (default: $REFKEEPER_ARCHIVE, else ./archive).")
    Path archive;

    Path archiveDir() {
        if (archive != null) {
            return archive;
        }
        String env = System.getenv("REFKEEPER_ARCHIVE");
        return Path.of(env == null || env.isBlank() ? "archive" : env);
    }

    Archive openArchive() throws IOException {
        return Archive.open(archiveDir());
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
