package org.refkeeper.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;

/**
 * What a command prints through: its own out and err (so tests capture them), and {@code --json} for the
 * commands that list or report something.
 */
final class Output {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--json", description = "Print JSON instead of text (the shapes are in DESIGN.md).")
    boolean json;

    boolean json() {
        return json;
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** Prints {@code value} as one JSON document on out. */
    void printJson(Object value) {
        Printer.json(out(), value);
    }
}
