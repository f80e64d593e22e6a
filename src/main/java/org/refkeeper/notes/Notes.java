package org.refkeeper.notes;

import org.refkeeper.citations.NoteParser;
import org.refkeeper.sources.ReferenceIndex;
import org.refkeeper.sources.References;
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
     * @return every http(s) source in order of first citation, the links left out, and warnings: notes not read as
     *         plain UTF-8, binary files and broken links in a folder skipped
     * @throws BadInputException if a path is missing or unreadable, a folder holds no notes, or a note named here is
     *                           binary
     */
    public static References scan(List<Path> paths) throws IOException {
        ReferenceIndex index = new ReferenceIndex();
        NoteFiles.Walk walk = NoteFiles.find(paths);
        walk.warnings().forEach(index::warn);
        for (NoteFiles.Found found : walk.notes()) {
            NoteFile note = found.note();
            NoteEncoding.Text text;
            try {
                text = note.read();
            } catch (NoteFile.BinaryNoteException e) {
                if (found.named()) {
                    throw e;
                }
                index.warn(e.skipped(note.name()));
                continue;
            }
            text.warning().ifPresent(index::warn);
            NoteParser.citations(note.name(), text.text()).forEach(index::add);
        }
        return index.references();
    }
}
