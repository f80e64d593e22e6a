package org.refkeeper.warc;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.refkeeper.page.Capture;
import org.refkeeper.index.CdxjIndex;
import org.refkeeper.index.CdxjLine;
import org.refkeeper.index.PayloadLookup;
import org.refkeeper.testing.TestCaptures;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.refkeeper.testing.TestCaptures.T0;

class RevisitTest {
    static final String PAGE = TestCaptures.POST;
    static final String LOGO = TestCaptures.LOGO;
    static final byte[] IMAGE = TestCaptures.LOGO_PNG;

    @TempDir
    Path root;

    static Capture capture(Instant at, String text) {
        return TestCaptures.post(at, text);
    }

    @Test
    void aSecondBundleRevisitsTheImageTheFirstStoredAndReadsBackItsBytes() throws Exception {
        Bundle first = TestCaptures.bundle(root, "captures/2026/11/post-1.warc.gz", capture(T0, "first"), "first",
                PayloadLookup.NONE);
        CdxjIndex index = CdxjIndex.empty().plus(first.lines());
        Instant later = T0.plusSeconds(86400);
        Bundle second = TestCaptures.bundle(root, "captures/2026/11/post-2.warc.gz", capture(later, "second"), "second", index);

        WarcRevisit revisit = only(root.resolve(second.relativePath()), WarcRevisit.class);
        assertEquals(LOGO, revisit.target());
        assertEquals(WarcRevisit.IDENTICAL_PAYLOAD_DIGEST_1_1, revisit.profile());
        assertEquals(Optional.of(URI.create(LOGO)), revisit.refersToTargetURI());
        assertEquals(Optional.of(T0.plusSeconds(1)), revisit.refersToDate());
        assertEquals(Optional.of(Digests.sha1(IMAGE)), revisit.payloadDigest());
        CdxjLine line = second.lines().stream().filter(CdxjLine::isRevisit).findFirst().orElseThrow();
        assertEquals("warc/revisit", line.mime());
        assertEquals(LOGO, line.url());

        index = index.plus(second.lines());
        Snapshot snapshot = new ArchiveReader(root, index).read(second.relativePath());
        assertArrayEquals(IMAGE, snapshot.resource(LOGO).orElseThrow().body());
        assertEquals("image/png", snapshot.resource(LOGO).orElseThrow().contentType());
        assertEquals(Optional.of(Integer.toString(IMAGE.length)),
                snapshot.resource(LOGO).orElseThrow().header("Content-Length"));
        assertTrue(new String(snapshot.page().orElseThrow().body()).contains("second"));

        IOException alone = assertThrows(IOException.class,
                () -> BundleReader.read(root.resolve(second.relativePath()), RevisitResolver.NONE));
        assertTrue(alone.getMessage().contains(LOGO), alone.getMessage());
    }

    @Test
    void theSameBytesTwiceInOneCaptureAreStoredOnce() throws Exception {
        String copy = "https://cdn.example.net/logo.png";
        Capture capture = TestCaptures.capture(PAGE, T0, List.of(
                TestCaptures.get(PAGE, 200, "text/html", TestCaptures.html("Post", "text"), T0),
                TestCaptures.get(LOGO, 200, "image/png", IMAGE, T0.plusSeconds(1)),
                TestCaptures.get(copy, 200, "image/png", IMAGE, T0.plusSeconds(2))));
        Bundle bundle = TestCaptures.bundle(root, "captures/a.warc.gz", capture, "text", PayloadLookup.NONE);

        Path file = root.resolve(bundle.relativePath());
        WarcRevisit revisit = only(file, WarcRevisit.class);
        assertEquals(copy, revisit.target());
        assertEquals(Optional.of(URI.create(LOGO)), revisit.refersToTargetURI());
        WarcResponse original = all(file, WarcResponse.class).stream()
                .filter(r -> r.target().equals(LOGO)).findFirst().orElseThrow();
        assertEquals(Optional.of(original.id()), revisit.refersTo());

        Snapshot snapshot = BundleReader.read(file, RevisitResolver.NONE);
        assertArrayEquals(IMAGE, snapshot.resource(copy).orElseThrow().body());
    }

    @Test
    void emptyBodiesAreNeverRevisits() throws Exception {
        Capture capture = TestCaptures.capture("http://example.com/a", T0, List.of(
                TestCaptures.redirect("http://example.com/a", "http://example.com/b", T0),
                TestCaptures.redirect("http://example.com/b", PAGE, T0),
                TestCaptures.get(PAGE, 200, "text/html", TestCaptures.html("Post", "text"), T0)));
        Bundle first = TestCaptures.bundle(root, "captures/a.warc.gz", capture, "text", PayloadLookup.NONE);
        Bundle second = TestCaptures.bundle(root, "captures/b.warc.gz", capture, "text",
                CdxjIndex.empty().plus(first.lines()));

        assertEquals(0, all(root.resolve(first.relativePath()), WarcRevisit.class).size());
        List<WarcRevisit> revisits = all(root.resolve(second.relativePath()), WarcRevisit.class);
        assertEquals(List.of(PAGE), revisits.stream().map(WarcRevisit::target).toList());
    }

    static <T extends WarcRecord> T only(Path file, Class<T> type) throws IOException {
        List<T> found = all(file, type);
        assertEquals(1, found.size(), "records of type " + type.getSimpleName());
        return found.get(0);
    }

    static <T extends WarcRecord> List<T> all(Path file, Class<T> type) throws IOException {
        List<T> found = new ArrayList<>();
        try (WarcReader reader = new WarcReader(file)) {
            for (WarcRecord record : reader) {
                if (type.isInstance(record)) {
                    found.add(type.cast(record));
                }
            }
        }
        return found;
    }
}
