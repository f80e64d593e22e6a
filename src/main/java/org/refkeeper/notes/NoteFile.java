package org.refkeeper.notes;

import org.refkeeper.io.BadInputException;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A note to read: its name as the user gave it (forward slashes) and where it is. */
record NoteFile(String name, Path file) {

    /** The note's text; refuses binary files and anything that is not UTF-8. */
    String read() throws IOException {
        String text;
        try {
            text = Files.readString(file);
        } catch (MalformedInputException e) {
            throw new BadInputException(name + ": not UTF-8 text; save the note as UTF-8");
        }
        if (text.indexOf('\0') >= 0) {
            throw new BadInputException(name + ": a binary file, not a note (it holds NUL bytes); give Markdown text files");
        }
        return text;
    }
}
