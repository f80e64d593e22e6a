package org.refkeeper.verdict;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.refkeeper.page.Header;
import org.refkeeper.testing.Pdfs;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** A cited PDF is judged by the file itself: there, gone, walled off, changed or not. */
class FileDocumentTest {
    private static final String URL = "https://arxiv.org/pdf/1707.06168";
    private static final byte[] PAPER = Pdfs.showing("Channel Pruning for Accelerating Very Deep Neural Networks");

    private final Judge judge = new Judge();

    @Test
    void pdfThatCameWholeIsGoodAndFingerprintedByItsBytes() throws Exception {
        Assessment a = judge.assess(Captures.file(URL, 200, "application/pdf", PAPER));
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PAPER));

        assertEquals(Outcome.GOOD, a.outcome(), a.reason());
        assertEquals(sha256, a.fingerprint());
        assertEquals("1707.06168.pdf", a.title());
        assertEquals("PDF document, " + PAPER.length + " bytes, sha256 " + sha256, a.mainText());
        assertEquals(Optional.empty(), a.movedTo());
    }

    @Test
    void theServersFileNameIsTheTitle() {
        Assessment a = judge.assess(Captures.file(URL, 200, "application/pdf", PAPER,
                new Header("Content-Disposition", "inline; filename=\"1707.06168v2.pdf\"")));
        assertEquals("1707.06168v2.pdf", a.title());
    }

    @Test
    void aChangedPdfIsChangedAndTheSamePdfUnchanged() {
        Assessment first = judge.assess(Captures.file(URL, 200, "application/pdf", PAPER));
        Assessment again = judge.assess(Captures.file(URL, 200, "application/pdf", PAPER.clone()));
        Assessment revised = judge.assess(Captures.file(URL, 200, "application/pdf", Pdfs.showing("Channel Pruning, revised")));
        Optional<Previous> past = Optional.of(new Previous(State.NEW, Optional.of(first.fingerprint())));

        assertEquals(State.UNCHANGED, Verdicts.decide(again, past).state());
        assertEquals(State.CHANGED, Verdicts.decide(revised, past).state());
        assertNotEquals(first.mainText(), revised.mainText(), "content.md shows that the file changed");
    }

    @ParameterizedTest
    @CsvSource({"404, GONE", "410, GONE", "403, WALL", "429, WALL", "503, TEMPORARY"})
    void statusKeepsItsMeaning(int status, Outcome expected) {
        assertEquals(expected, judge.assess(Captures.file(URL, status, "application/pdf", PAPER)).outcome());
    }

    @Test
    void anEmptyFileIsNoGoodCapture() {
        Assessment a = judge.assess(Captures.file(URL, 200, "application/pdf", new byte[0]));
        assertEquals(Outcome.BROKEN, a.outcome());
        assertEquals("empty file", a.reason());
    }

    @Test
    void otherFilesAreNamedByTheirType() {
        Assessment a = judge.assess(Captures.file("https://data.example.org/set.zip", 200, "application/zip", PAPER));
        assertEquals(Outcome.GOOD, a.outcome());
        assertEquals("set.zip", a.title());
        assertEquals("application/zip document, " + PAPER.length + " bytes, sha256 " + a.fingerprint(), a.mainText());
    }

    @Test
    void aFileNameSaysNothingAgainstTheCitedTitle() {
        assertFalse(Verdicts.titleDiffers("Channel Pruning for Accelerating Very Deep Neural Networks", "1707.06168v2.pdf"));
    }
}
