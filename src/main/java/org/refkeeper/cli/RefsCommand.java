package org.refkeeper.cli;

import org.refkeeper.Archive;
import org.refkeeper.citations.Citation;
import org.refkeeper.sources.Reference;
import org.refkeeper.sources.References;
import org.refkeeper.sources.Skipped;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "refs", description = "List the references found in notes: url, title, note:line.")
final class RefsCommand implements Callable<Integer> {
    @Mixin
    Output output;

    @Parameters(arity = "1..*", paramLabel = "NOTES", description = "Markdown files or folders of notes.")
    List<Path> notes;

    @Override
    public Integer call() throws Exception {
        References refs = Archive.refs(notes);
        for (String warning : refs.warnings()) {
            output.err().println("warning: " + warning);
        }
        output.err().flush();
        PrintWriter out = output.out();
        if (output.json()) {
            output.printJson(refs);
            return ExitCodes.OK;
        }
        for (Reference r : refs.sources()) {
            out.println(r.url());
            for (Citation c : r.citations()) {
                out.println("    " + c.where() + (c.title().isBlank() ? "" : "  " + c.title())
                        + (c.heading().isBlank() ? "" : "  [" + c.heading() + "]"));
            }
        }
        for (Skipped s : refs.skipped()) {
            out.println("skipped " + s.url() + "  " + s.citation().where() + ": " + s.reason());
        }
        out.println(refs.sources().size() + " sources, " + refs.skipped().size() + " links skipped");
        out.flush();
        return ExitCodes.OK;
    }
}
