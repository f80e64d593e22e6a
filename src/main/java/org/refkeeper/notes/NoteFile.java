package org.refkeeper.notes;

import org.refkeeper.io.BadInputException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** A note to read: its name as the user gave it (forward slashes) and where it is. */
record NoteFile(String name, Path file) {
    /** Chinese notes written on Windows are often GBK; GB18030 reads GBK and all of Unicode. */
    private static final Optional<Charset> GB18030 = Charset.isSupported("GB18030")
            ? Optional.of(Charset.forName("GB18030")) : Optional.empty();

    /** A note's text, and the encoding it was read in when that was not plain UTF-8 (for a warning). */
    record Text(String text, Optional<String> encoding) {
    }

    /**
     * The note's text: UTF-8 (a byte order mark is dropped), UTF-16 with its byte order mark, else GB18030 (GBK).
     *
     * @throws BinaryNoteException when it holds NUL bytes: no note
     * @throws BadInputException   when it cannot be read, or in none of those encodings
     */
    Text read() throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (AccessDeniedException e) {
            throw new BadInputException(name + ": cannot be read (permission denied); make it readable or leave it out");
        }
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            Charset utf16 = bytes[0] == (byte) 0xFE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
            return new Text(decode(bytes, 2, utf16).orElseThrow(() -> notText()), Optional.of(utf16.name()));
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw new BinaryNoteException(name + ": a binary file, not a note (it holds NUL bytes)");
            }
        }
        int bom = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        Optional<String> utf8 = decode(bytes, bom, StandardCharsets.UTF_8);
        if (utf8.isPresent()) {
            return new Text(utf8.get(), Optional.empty());
        }
        Optional<String> gb = GB18030.flatMap(cs -> decode(bytes, 0, cs));
        if (gb.isPresent()) {
            return new Text(gb.get(), Optional.of("GB18030"));
        }
        throw notText();
    }

    private BadInputException notText() {
        return new BadInputException(name + ": neither UTF-8 nor GB18030 (GBK) text; save the note as UTF-8");
    }

    private static Optional<String> decode(byte[] bytes, int from, Charset charset) {
        try {
            return Optional.of(charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, from, bytes.length - from)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** A file that holds NUL bytes: no text at all. Named on its own it is an error; in a folder, skipped. */
    static final class BinaryNoteException extends BadInputException {
        BinaryNoteException(String message) {
            super(message + "; give Markdown text files");
        }
    }
}
