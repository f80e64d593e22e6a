package org.refkeeper.notes;

import org.refkeeper.io.BadInputException;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Which encoding a note's bytes are in: UTF-8 (a byte order mark is dropped), UTF-16 with its byte order mark, or
 * GB18030, which reads GBK, the encoding of Chinese notes written on Windows. A UTF-8 note with a few bad bytes (a
 * character cut in two, a byte of Latin-1 pasted in) is read as UTF-8 with U+FFFD in their place, not as GB18030:
 * that would turn all its Chinese into other characters.
 */
final class NoteEncoding {
    /** A note's text, and a warning when it was not plain UTF-8. */
    record Text(String text, Optional<String> warning) {
    }

    private static final Optional<Charset> GB18030 = Charset.isSupported("GB18030")
            ? Optional.of(Charset.forName("GB18030")) : Optional.empty();

    private NoteEncoding() {
    }

    /** @throws BadInputException when a UTF-16 note holds bytes UTF-16 cannot have */
    static Text decode(String name, byte[] bytes) throws BadInputException {
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            Charset utf16 = bytes[0] == (byte) 0xFE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
            String text = strict(bytes, 2, utf16).orElseThrow(() -> new BadInputException(
                    name + ": starts as UTF-16 but is not UTF-16 text; save the note as UTF-8"));
            return new Text(text, Optional.of(name + ": not UTF-8; read as " + utf16.name() + "; save the note as UTF-8"));
        }
        int bom = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        Lenient utf8 = lenientUtf8(bytes, bom);
        if (utf8.bad() == 0) {
            return new Text(utf8.text(), Optional.empty());
        }
        Optional<String> gb = GB18030.flatMap(cs -> strict(bytes, bom, cs));
        // GBK text read as UTF-8 is nearly all bad bytes; a UTF-8 note with a slip has far more good characters
        if (gb.isPresent() && utf8.nonAscii() < utf8.bad()) {
            return new Text(gb.get(), Optional.of(name + ": not UTF-8; read as GB18030 (GBK); save the note as UTF-8"));
        }
        int line = line(bytes, utf8.firstBad());
        return new Text(utf8.text(), Optional.of(name + ":" + line + ": " + utf8.bad() + (utf8.bad() == 1 ? " byte" : " bytes")
                + " not UTF-8 (the first on this line), read as \uFFFD; save the note as UTF-8"));
    }

    /** UTF-8 with each bad sequence replaced: how many there were, where the first was, how many good non-ASCII. */
    private record Lenient(String text, int bad, int firstBad, int nonAscii) {
    }

    private static Lenient lenientUtf8(byte[] bytes, int from) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
        CharBuffer out = CharBuffer.allocate(bytes.length - from + 1);
        int bad = 0;
        int firstBad = -1;
        while (true) {
            CoderResult r = decoder.decode(in, out, true);
            if (r.isUnderflow()) {
                break;
            }
            // an error: overflow cannot happen, a UTF-8 byte never makes more than one char of output per byte
            bad++;
            firstBad = firstBad < 0 ? in.position() : firstBad;
            in.position(in.position() + r.length());
            out.put('\uFFFD');
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        int nonAscii = (int) text.chars().filter(c -> c >= 0x80 && c != 0xFFFD).count();
        return new Lenient(text, bad, firstBad, nonAscii);
    }

    private static Optional<String> strict(byte[] bytes, int from, Charset charset) {
        try {
            return Optional.of(charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, from, bytes.length - from)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** The 1-based line that holds byte {@code offset}; CR LF, LF and a lone CR each end a line. */
    static int line(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n' || bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n')) {
                line++;
            }
        }
        return line;
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
}
