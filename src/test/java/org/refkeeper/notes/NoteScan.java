package org.refkeeper.notes;

import org.refkeeper.citations.Citation;
import org.refkeeper.sources.Reference;
import org.refkeeper.sources.References;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** One note written to a folder and scanned, for the tests of what a note cites. */
final class NoteScan {
    private NoteScan() {
    }

    static References scan(Path dir, String markdown) throws IOException {
        Path note = Files.writeString(dir.resolve("note.md"), markdown);
        return Notes.scan(List.of(note));
    }

    static List<String> urls(References refs) {
        return refs.sources().stream().map(Reference::url).toList();
    }

    static List<String> cited(References refs) {
        return refs.sources().stream().flatMap(r -> r.citations().stream()).map(Citation::citedUrl).toList();
    }
}
