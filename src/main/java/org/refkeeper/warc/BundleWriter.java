package org.refkeeper.warc;

import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageVersion;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.refkeeper.page.Capture;
import org.refkeeper.page.Exchange;
import org.refkeeper.index.CdxjLine;
import org.refkeeper.index.PayloadLookup;

import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Writes one capture as one gzipped WARC 1.1 bundle: warcinfo; request and response (or revisit) for every
 * exchange; resource records for screenshot, rendered DOM and main text; a metadata record with the verdict.
 * The bundle is written beside its place and moved there by {@link #finish}; closed without it, nothing appears.
 *
 * <pre>{@code
 * try (BundleWriter writer = BundleWriter.create(root, "captures/2026/11/a-20261129T120000Z.warc.gz", index)) {
 *     writer.write(capture, mainText, verdictJson);
 *     Bundle bundle = writer.finish();
 * }
 * }</pre>
 */
public final class BundleWriter implements Closeable {
    public static final String SOFTWARE = "refkeeper";
    public static final String SCREENSHOT = "urn:refkeeper:screenshot:";
    public static final String DOM = "urn:refkeeper:dom:";
    public static final String TEXT = "urn:refkeeper:text:";

    private final BundleFile file;
    private final PayloadLookup earlier;
    private final Map<String, Original> inBundle = new HashMap<>();

    /** Where a payload is stored in full; the record id only when it is in this bundle. */
    private record Original(Optional<URI> id, String url, Instant date) {
    }

    private BundleWriter(BundleFile file, PayloadLookup earlier) {
        this.file = file;
        this.earlier = earlier;
    }

    /**
     * A writer for {@code archiveRoot/relativePath}.
     *
     * @param earlier payloads stored by earlier bundles: identical non-empty payloads become revisit records
     */
    public static BundleWriter create(Path archiveRoot, String relativePath, PayloadLookup earlier) throws IOException {
        return new BundleWriter(BundleFile.create(archiveRoot, relativePath), earlier);
    }

    /** Writes the whole capture, its main text and the verdict. */
    public void write(Capture capture, String mainText, String metadataJson) throws IOException {
        Instant started = BundleFile.seconds(capture.started());
        file.warcinfo(started, capture.url(), capture.finalUrl(), Map.of());
        for (Exchange exchange : capture.exchanges()) {
            writeExchange(exchange);
        }
        file.resource(SCREENSHOT + capture.url(), "image/png", capture.screenshot(), started);
        file.resource(DOM + capture.url(), "text/html;charset=utf-8", utf8(capture.dom()), started);
        file.resource(TEXT + capture.url(), "text/plain;charset=utf-8", utf8(mainText), started);
        file.metadata(capture.url(), started, metadataJson == null ? "" : metadataJson);
    }

    /** Moves the bundle into place; returns where it is and its index lines. */
    public Bundle finish() throws IOException {
        return file.finish();
    }

    /** Without {@link #finish}: the bundle is dropped. */
    @Override
    public void close() throws IOException {
        file.close();
    }

    private void writeExchange(Exchange exchange) throws IOException {
        Instant date = BundleFile.seconds(exchange.date());
        WarcDigest payload = Digests.sha1(exchange.body());
        Optional<Original> original = exchange.body().length == 0 ? Optional.empty() : original(payload);
        WarcRecord response = original.isPresent()
                ? revisit(exchange, date, payload, original.get())
                : response(exchange, date, payload);
        String mime = original.isPresent() ? "warc/revisit"
                : MediaType.parseLeniently(exchange.contentType()).base().toString();
        file.write(response, CdxjLine.of(exchange.url(), date, mime, Integer.toString(exchange.status()),
                payload.prefixedBase32(), 0, 0, file.relativePath(), response.type()));

        HttpRequest request = HttpMessages.request(exchange);
        file.write(new WarcRequest.Builder(exchange.url()).addHeaders(protocol(exchange))
                .version(MessageVersion.WARC_1_1).date(date).warcinfoId(file.warcinfoId()).concurrentTo(response.id())
                .blockDigest(Digests.sha1(request.serializeHeader(), exchange.requestBody()))
                .payloadDigest(Digests.sha1(exchange.requestBody()))
                .body(request).build(), null);
    }

    private WarcResponse response(Exchange exchange, Instant date, WarcDigest payload) throws IOException {
        HttpResponse http = HttpMessages.response(exchange, true);
        WarcResponse response = new WarcResponse.Builder(exchange.url()).addHeaders(protocol(exchange))
                .version(MessageVersion.WARC_1_1).date(date).warcinfoId(file.warcinfoId())
                .blockDigest(Digests.sha1(http.serializeHeader(), exchange.body())).payloadDigest(payload)
                .body(http).build();
        if (exchange.body().length > 0) {
            Original stored = new Original(Optional.of(response.id()), exchange.url(), date);
            inBundle.putIfAbsent(payload.prefixedBase32(), stored);
        }
        return response;
    }

    private WarcRevisit revisit(Exchange exchange, Instant date, WarcDigest payload, Original original) {
        // The block is the HTTP header alone; its Content-Length still tells the payload's length.
        byte[] headers = HttpMessages.response(exchange, false).serializeHeader();
        WarcRevisit.Builder revisit = new WarcRevisit.Builder(exchange.url(), WarcRevisit.IDENTICAL_PAYLOAD_DIGEST_1_1)
                .version(MessageVersion.WARC_1_1).date(date).warcinfoId(file.warcinfoId())
                .addHeaders(protocol(exchange))
                .blockDigest(Digests.sha1(headers)).payloadDigest(payload)
                .body(MediaType.HTTP_RESPONSE, headers);
        original.id().ifPresent(revisit::refersTo);
        return revisit.addHeader("WARC-Refers-To-Target-URI", original.url())
                .addHeader("WARC-Refers-To-Date", original.date().toString())
                .build();
    }

    /** An earlier bundle's copy of the payload first, then this bundle's own. */
    private Optional<Original> original(WarcDigest payload) {
        String digest = payload.prefixedBase32();
        Optional<Original> stored = earlier.find(digest).map(p -> new Original(Optional.empty(), p.url(), p.date()));
        return stored.isPresent() ? stored : Optional.ofNullable(inBundle.get(digest));
    }

    /** The protocol the browser really spoke (h2, h3, http/1.1), since the stored messages all say HTTP/1.1. */
    private static Map<String, List<String>> protocol(Exchange exchange) {
        if (exchange.protocol() == null || exchange.protocol().isBlank()) {
            return Map.of();
        }
        return Map.of("WARC-Protocol", List.of(exchange.protocol().toLowerCase(Locale.ROOT)));
    }

    private static byte[] utf8(String text) {
        return text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8);
    }
}
