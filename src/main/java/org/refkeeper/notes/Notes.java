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
     * @return every http(s) source in order of first citation, the links left out, and warnings: notes read in
     *         another encoding than UTF-8, binary files in a folder skipped
     * @throws BadInputException if a path is missing or unreadable, a folder holds no notes, a note named here is
     *                           binary, or a note is not text in UTF-8, UTF-16 or GB18030
     */
    public static References scan(List<Path> paths) throws IOException {
        ReferenceIndex index = new ReferenceIndex();
        for (NoteFiles.Found found : NoteFiles.find(paths)) {
            NoteFile note = found.note();
            NoteFile.Text text;
            try {
                text = note.read();
            } catch (NoteFile.BinaryNoteException e) {
                if (found.named()) {
                    throw e;
                }
                index.warn(note.name() + ": skipped, a binary file and no note (it holds NUL bytes)");
                continue;
            }
            text.encoding().ifPresent(cs -> index.warn(note.name() + ": not UTF-8; read as " + cs));
            NoteParser.citations(note.name(), text.text()).forEach(index::add);
        }
        return index.references();
    }
}
