package org.refkeeper.warc;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refkeeper.index.CdxjIndex;
import org.refkeeper.index.CdxjLine;
import org.refkeeper.index.PayloadLookup;
import org.refkeeper.testing.JwarcValidation;
import org.refkeeper.testing.TestCaptures;
import org.refkeeper.verify.Problem;
import org.refkeeper.verify.Verifier;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.refkeeper.testing.TestCaptures.T0;

class VerifierTest {
    @TempDir
    Path root;

    @Test
    void aFlippedByteInACopiedBundleIsFound() throws Exception {
        Bundle bundle = TestCaptures.bundle(root, "captures/post.warc.gz", BundleWriterTest.pageWithRedirectAndImage(),
                "text", PayloadLookup.NONE);
        Path original = root.resolve(bundle.relativePath());
        Path copy = Files.copy(original, root.resolve("copy.warc.gz"), StandardCopyOption.COPY_ATTRIBUTES);
        assertEquals(List.of(), Verifier.verifyBundle(copy));

        CdxjLine image = bundle.lines().stream().filter(l -> l.url().endsWith("logo.png")).findFirst().orElseThrow();
        byte[] bytes = Files.readAllBytes(copy);
        int middle = (int) (image.offset() + image.length() / 2);
        bytes[middle] ^= 0x01;
        Files.write(copy, bytes);

        List<Problem> problems = Verifier.verifyBundle(copy);
        assertFalse(problems.isEmpty(), "a flipped byte goes unnoticed");
        // Reading runs ahead into the next gzip member: the damage may surface one record early.
        assertTrue(problems.stream().allMatch(p -> p.file().equals(copy) && p.offset() <= image.offset()),
                problems.toString());
        List<Problem> byLine = Verifier.verifyLines(copy, bundle.lines());
        assertTrue(byLine.stream().anyMatch(p -> p.offset() == image.offset()), byLine.toString());
        assertTrue(byLine.stream().allMatch(p -> p.offset() <= image.offset()), byLine.toString());
        assertFalse(JwarcValidation.validates(copy), "jwarc agrees the copy is damaged");
        assertEquals(List.of(), Verifier.verifyBundle(original), "the original is untouched");
    }

    @Test
    void findsADigestThatDoesNotMatchItsBlockInAnUncompressedWarc() throws Exception {
        Bundle bundle = TestCaptures.bundle(root, "captures/post.warc.gz", BundleWriterTest.pageWithRedirectAndImage(),
                "Some words worth keeping.", PayloadLookup.NONE);
        Path plain = root.resolve("post.warc");
        try (var in = new GZIPInputStream(Files.newInputStream(root.resolve(bundle.relativePath())))) {
            Files.write(plain, in.readAllBytes());
        }
        String text = Files.readString(plain, StandardCharsets.ISO_8859_1);
        Files.writeString(plain, text.replace("Some words worth keeping.", "Some words worth changing"),
                StandardCharsets.ISO_8859_1);

        List<Problem> problems = Verifier.verifyBundle(plain);

        assertTrue(problems.stream().anyMatch(p -> p.message().contains("WARC-Payload-Digest of https://example.com/post")),
                problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.message().contains("WARC-Block-Digest")), problems.toString());
    }

    @Test
    void checksEveryIndexLineAgainstTheRecordAtItsOffset() throws Exception {
        Bundle first = TestCaptures.bundle(root, "captures/2026/11/post-1.warc.gz", RevisitTest.capture(T0, "first"),
                "first", PayloadLookup.NONE);
        CdxjIndex index = CdxjIndex.empty().plus(first.lines());
        Bundle second = TestCaptures.bundle(root, "captures/2026/11/post-2.warc.gz",
                RevisitTest.capture(T0.plusSeconds(60), "second"), "second", index);
        index = index.plus(second.lines());
        assertEquals(List.of(), Verifier.verifyArchive(root, index));

        CdxjLine line = second.lines().get(0);
        CdxjLine misplaced = new CdxjLine(line.surtKey(), line.timestamp(), line.url(), line.mime(), line.status(),
                line.digest(), line.length(), second.lines().get(1).offset(), line.filename(), line.recordType());
        CdxjLine dangling = CdxjLine.of("https://example.com/gone", T0, "text/html", "200", "sha1:X", 10, 0,
                "captures/2026/11/deleted.warc.gz", "response");
        List<Problem> problems = Verifier.verifyArchive(root, index.plus(List.of(misplaced, dangling)));

        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.offset() == misplaced.offset()
                && p.message().contains(line.url())), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.file().endsWith("deleted.warc.gz")), problems.toString());
    }
}
