package org.refkeeper.notes;

import org.refkeeper.io.BadInputException;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A note to read: its name as the user gave it (forward slashes) and where it is. */
record NoteFile(String name, Path file) {
    /**
     * The note's text, in the encoding {@link NoteEncoding} finds.
     *
     * @throws BinaryNoteException when it holds NUL bytes: no note
     * @throws BadInputException   when it cannot be read
     */
    NoteEncoding.Text read() throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (AccessDeniedException e) {
            throw new BadInputException(name + ": cannot be read (permission denied); make it readable or leave it out");
        }
        boolean utf16 = bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE);
        for (int i = 0; i < bytes.length && !utf16; i++) {
            if (bytes[i] == 0) {
                throw new BinaryNoteException(name, NoteEncoding.line(bytes, i));
            }
        }
        return NoteEncoding.decode(name, bytes);
    }

    /** A file that holds NUL bytes: no text at all. Named on its own it is an error; in a folder, skipped. */
    static final class BinaryNoteException extends BadInputException {
        private final String why;

        BinaryNoteException(String name, int line) {
            this(name, "(a NUL byte on line " + line + ")");
        }

        private BinaryNoteException(String name, String why) {
            super(name + ": a binary file, not a note " + why + "; give Markdown text files");
            this.why = why;
        }

        /** The warning when such a file is found in a folder of notes. */
        String skipped(String name) {
            return name + ": skipped, a binary file and no note " + why + "; move it out of the notes to silence this";
        }
    }
}
