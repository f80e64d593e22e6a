package org.refkeeper.cli;

import org.refkeeper.Archive;
import org.refkeeper.demo.Demo;
import org.refkeeper.report.RunEntry;
import org.refkeeper.report.RunReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;

@Command(name = "demo", description = "Archive a bundled demo note from a bundled demo site on 127.0.0.1.")
final class DemoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    RefkeeperCommand parent;

    @Mixin
    BrowserOptions browser;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        RunReport report;
        try (Archive archive = parent.openArchive()) {
            out.println("Archiving the demo note (" + archive.root().resolve(Demo.NOTE) + ") from a demo site on 127.0.0.1...");
            out.flush();
            report = Demo.run(archive, browser.settings(), new RunProgress(spec.commandLine().getErr(),
                    RunProgress.modeFor(false), Clock.systemUTC()));
        }
        out.println("run " + report.run() + ": " + report.summary());
        for (RunEntry e : report.sources()) {
            out.println("  " + Printer.column(e.state().label(), 10) + e.url() + "  " + e.bundle().orElse(e.reason()));
        }
        String dir = parent.archiveDir().toString();
        out.println();
        out.println("Next:");
        String cmd = "scripts/refkeeper " + archiveFlag();
        next(out, cmd + "status", "the state of every source");
        next(out, "git -C " + dir + " log --stat", "one commit per run");
        next(out, cmd + "restore " + report.sources().get(0).url() + " --to /tmp/restored", "an offline copy");
        next(out, cmd + "serve", "browse the archive at http://127.0.0.1:8130/");
        out.flush();
        return ExitCodes.OK;
    }

    private static void next(PrintWriter out, String command, String what) {
        out.println("  " + Printer.column(command, Math.max(command.length(), 44)) + "  " + what);
    }

    private String archiveFlag() {
        return parent.archive == null ? "" : "--archive " + parent.archive + " ";
    }
}
