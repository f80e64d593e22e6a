package org.refkeeper.warc;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MessageVersion;
import org.netpreserve.jwarc.WarcCaptureRecord;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.refkeeper.page.Capture;
import org.refkeeper.page.Exchange;
import org.refkeeper.page.Header;
import org.refkeeper.index.CdxjIndex;
import org.refkeeper.index.CdxjLine;
import org.refkeeper.index.PayloadLookup;
import org.refkeeper.testing.JwarcValidation;
import org.refkeeper.testing.TestCaptures;
import org.refkeeper.verify.Verifier;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.refkeeper.testing.TestCaptures.T0;

class BundleWriterTest {
    static final String PAGE = "https://example.com/post";
    static final byte[] HTML = TestCaptures.html("A post", "Some words worth keeping.");
    static final byte[] GZIPPED = TestCaptures.gzip(HTML);

    @TempDir
    Path root;

    static Capture pageWithRedirectAndImage() {
        Exchange post = new Exchange("POST", "https://example.com/api/like?id=1", List.of(new Header("content-type",
                "application/json"), new Header("content-length", "9")), "{\"id\":1}\n".getBytes(StandardCharsets.UTF_8),
                204, "No Content", "h2", List.of(), new byte[0], T0.plusSeconds(3));
        return TestCaptures.capture("http://example.com/post", T0, List.of(
                TestCaptures.redirect("http://example.com/post", PAGE, T0),
                TestCaptures.get(PAGE, 200, "text/html; charset=utf-8", HTML, T0.plusSeconds(1),
                        new Header("content-encoding", "gzip"),
                        new Header("content-length", Integer.toString(GZIPPED.length)),
                        new Header("set-cookie", "a=1; Path=/\nb=2; Path=/")),
                TestCaptures.get("https://example.com/logo.png", 200, "image/png", TestCaptures.png(Color.RED),
                        T0.plusSeconds(2)),
                post));
    }

    Bundle write(Capture capture) throws Exception {
        try (BundleWriter writer = BundleWriter.create(root, "captures/2026/11/post-20261129T120000Z.warc.gz",
                PayloadLookup.NONE)) {
            writer.write(capture, "Some words worth keeping.", "{\"state\":\"new\"}");
            return writer.finish();
        }
    }

    @Test
    void jwarcValidatesTheBundleAsWarc11() throws Exception {
        Bundle bundle = write(pageWithRedirectAndImage());
        Path file = root.resolve(bundle.relativePath());

        assertEquals(List.of(), JwarcValidation.headerViolations(file));
        assertTrue(JwarcValidation.validates(file), "jwarc validate reports problems (see stderr)");
        assertEquals(List.of(), Verifier.verifyBundle(file));
    }

    @Test
    void everyRecordCarriesDigestsThatMatchItsBytes() throws Exception {
        Path file = root.resolve(write(pageWithRedirectAndImage()).relativePath());
        List<String> types = new ArrayList<>();
        try (WarcReader reader = new WarcReader(file)) {
            reader.calculateBlockDigest();
            for (WarcRecord record : reader) {
                types.add(record.type());
                assertEquals(MessageVersion.WARC_1_1, record.version());
                if (record instanceof WarcCaptureRecord capture && capture.payload().isPresent()) {
                    byte[] payload = capture.payload().get().body().stream().readAllBytes();
                    assertEquals(Optional.of(Digests.sha1(payload)), capture.payloadDigest(), capture.target());
                }
                assertTrue(record.blockDigest().isPresent(), record.type() + " has no WARC-Block-Digest");
                assertEquals(record.blockDigest(), record.calculatedBlockDigest(), record.type());
            }
        }
        assertEquals(List.of("warcinfo", "response", "request", "response", "request", "response", "request",
                "response", "request", "resource", "resource", "resource", "metadata"), types);
    }

    @Test
    void storesDecodedBodiesAndKeepsTheWireHeadersAsArchiveOriginals() throws Exception {
        Path file = root.resolve(write(pageWithRedirectAndImage()).relativePath());
        HttpResponse page = response(file, PAGE);

        assertEquals("HTTP/1.1", page.version().toString());
        assertArrayEquals(HTML, page.body().stream().readAllBytes());
        assertEquals(Optional.of(Integer.toString(HTML.length)), page.headers().sole("Content-Length"));
        assertEquals(Optional.empty(), page.headers().first("Content-Encoding"));
        assertEquals(Optional.of("gzip"), page.headers().first("X-Archive-Orig-Content-Encoding"));
        assertEquals(Optional.of(Integer.toString(GZIPPED.length)), page.headers().first("X-Archive-Orig-Content-Length"));
        assertEquals(List.of("a=1; Path=/", "b=2; Path=/"), page.headers().all("Set-Cookie"),
                "cookies the browser joined with a newline are separate header lines");
    }

    @Test
    void writesRedirectsAndRequestsWithTheirOwnRecords() throws Exception {
        Path file = root.resolve(write(pageWithRedirectAndImage()).relativePath());
        HttpResponse redirect = response(file, "http://example.com/post");
        assertEquals(302, redirect.status());
        assertEquals(Optional.of(PAGE), redirect.headers().first("Location"));
        assertEquals(0, redirect.body().stream().readAllBytes().length);

        try (WarcReader reader = new WarcReader(file)) {
            WarcResponse response = null;
            for (WarcRecord record : reader) {
                if (record instanceof WarcResponse r && r.target().endsWith("like?id=1")) {
                    response = r;
                } else if (record instanceof WarcRequest request && request.target().endsWith("like?id=1")) {
                    assertEquals(List.of(response.id()), request.concurrentTo());
                    assertEquals("POST", request.http().method());
                    assertEquals("/api/like?id=1", request.http().target());
                    assertEquals(Optional.of("example.com"), request.http().headers().sole("Host"));
                    byte[] body = request.http().body().stream().readAllBytes();
                    assertEquals("{\"id\":1}\n", new String(body, StandardCharsets.UTF_8));
                    assertEquals(Optional.of("h2"), request.headers().first("WARC-Protocol"));
                    return;
                }
            }
        }
        throw new AssertionError("no request record for the POST");
    }

    @Test
    void indexLinesPointAtWholeGzipMembersInByteOrder() throws Exception {
        Bundle bundle = write(pageWithRedirectAndImage());
        Path file = root.resolve(bundle.relativePath());
        byte[] bytes = Files.readAllBytes(file);
        List<String> urls = new ArrayList<>();
        for (CdxjLine line : bundle.lines()) {
            urls.add(line.url());
            assertEquals(bundle.relativePath(), line.filename());
            byte[] member = Arrays.copyOfRange(bytes, (int) line.offset(), (int) (line.offset() + line.length()));
            try (WarcReader reader = new WarcReader(new ByteArrayInputStream(member))) {
                WarcRecord record = reader.next().orElseThrow();
                WarcDigest digest = record instanceof WarcCaptureRecord c && c.payloadDigest().isPresent()
                        ? c.payloadDigest().get() : record.blockDigest().orElseThrow();
                assertEquals(line.digest(), digest.prefixedBase32(), line.url());
                assertTrue(line.url().equals(((WarcCaptureRecord) record).target()));
                assertFalse(reader.next().isPresent(), "a line's length covers exactly one record");
            }
        }
        assertTrue(urls.containsAll(List.of("http://example.com/post", PAGE,
                "urn:refkeeper:screenshot:http://example.com/post", "urn:refkeeper:dom:http://example.com/post",
                "urn:refkeeper:text:http://example.com/post")));

        List<String> sorted = CdxjIndex.empty().plus(bundle.lines()).lines().stream().map(CdxjLine::toString).toList();
        for (int i = 1; i < sorted.size(); i++) {
            assertTrue(Arrays.compareUnsigned(sorted.get(i - 1).getBytes(StandardCharsets.UTF_8),
                    sorted.get(i).getBytes(StandardCharsets.UTF_8)) < 0, sorted.get(i));
        }
    }

    @Test
    void readsBackWhatItWrote() throws Exception {
        Capture capture = pageWithRedirectAndImage();
        Snapshot snapshot = BundleReader.read(root.resolve(write(capture).relativePath()), RevisitResolver.NONE);

        assertEquals("http://example.com/post", snapshot.url());
        assertEquals(T0, snapshot.date());
        assertEquals(Optional.of("Dom title"), snapshot.title());
        assertEquals(Optional.of("Some words worth keeping."), snapshot.mainText());
        assertEquals(Optional.of("{\"state\":\"new\"}"), snapshot.metadataJson());
        assertEquals(Optional.of(capture.dom()), snapshot.dom());
        assertArrayEquals(capture.screenshot(), snapshot.screenshot().orElseThrow());
        StoredResource page = snapshot.page().orElseThrow();
        assertEquals(PAGE, page.url());
        assertArrayEquals(HTML, page.body());
        assertEquals("text/html; charset=utf-8", page.contentType());
        assertEquals(capture.exchanges().size(), snapshot.resources().size());
    }

    @Test
    void leavesNoTemporaryFilesAndRefusesPathsOutsideTheArchive() throws Exception {
        Bundle bundle = write(pageWithRedirectAndImage());
        try (var files = Files.list(root.resolve(bundle.relativePath()).getParent())) {
            assertEquals(List.of("post-20261129T120000Z.warc.gz"), files.map(p -> p.getFileName().toString()).toList());
        }
        assertThrows(IOException.class, () -> TestCaptures.bundle(root, "../escape.warc.gz",
                pageWithRedirectAndImage(), "", PayloadLookup.NONE));
    }

    private static HttpResponse response(Path file, String url) throws Exception {
        try (WarcReader reader = new WarcReader(file)) {
            for (WarcRecord record : reader) {
                if (record instanceof WarcResponse response && response.target().equals(url)) {
                    HttpResponse http = response.http();
                    return HttpResponse.parse(Channels.newChannel(new ByteArrayInputStream(
                            concat(http.serializeHeader(), http.body().stream().readAllBytes()))));
                }
            }
        }
        throw new AssertionError("no response for " + url);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
