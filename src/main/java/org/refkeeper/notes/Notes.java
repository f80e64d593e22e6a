package org.refkeeper.notes;

import org.refkeeper.io.BadInputException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Reads Markdown notes and gathers the references they cite. */
public final class Notes {
    private Notes() {
    }

    /**
     * Scans notes for citations.
     *
     * @param paths Markdown files or folders of notes; a file named here is read as Markdown whatever its extension
     * @return every http(s) source in order of first citation, and the links left out
     * @throws BadInputException if a path is missing, a folder holds no notes, or a note is not UTF-8 text
     */
    public static References scan(List<Path> paths) throws IOException {
        ReferenceIndex index = new ReferenceIndex();
        for (NoteFile note : NoteFiles.find(paths)) {
            NoteParser.citations(note.name(), note.read()).forEach(index::add);
        }
        return index.references();
    }
}
