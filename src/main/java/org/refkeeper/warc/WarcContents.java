package org.refkeeper.warc;

import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcTargetRecord;
import org.refkeeper.page.Header;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The records of one or more WARC files that snapshots are made of, read in one pass; revisit records
 * resolved afterwards against the full responses read (in any order) or, failing that, a {@link RevisitResolver}.
 */
public final class WarcContents {
    /** A response or revisit as read; a revisit has no body until resolved. */
    private record Captured(String url, Instant date, int status, List<Header> headers, byte[] body,
                            Optional<WarcDigest> payloadDigest, Optional<String> refersToUrl,
                            Optional<Instant> refersToDate) {
    }

    /** A resource or metadata record: refkeeper's screenshot, DOM, text and verdict. */
    public record Block(String uri, Instant date, String contentType, byte[] bytes) {
    }

    /**
     * The responses with revisits resolved.
     *
     * @param missing revisits whose payload was found nowhere, as "url (digest)"; left out of {@code resources}
     */
    public record Resolved(List<StoredResource> resources, List<String> missing) {
    }

    private final List<Captured> captured = new ArrayList<>();
    private final Map<WarcDigest, byte[]> payloads = new HashMap<>();
    private final Map<String, List<Header>> requests = new HashMap<>();
    private final Map<String, Block> resources = new LinkedHashMap<>();
    private final List<Block> metadata = new ArrayList<>();

    /** Reads every record of {@code reader}; {@code name} says which file in messages. */
    public void add(WarcReader reader, String name) throws IOException {
        long position = reader.position();
        try {
            for (Optional<WarcRecord> record = reader.next(); record.isPresent(); record = reader.next()) {
                position = record.get().position();
                add(record.get());
            }
        } catch (IOException e) {
            throw new IOException(name + "@" + position + ": " + e.getMessage(), e);
        }
    }

    private void add(WarcRecord record) throws IOException {
        if (record instanceof WarcResponse response && isHttp(response)) {
            HttpResponse http = response.http();
            byte[] body = HttpBodies.decoded(http, response.target());
            captured.add(new Captured(response.target(), response.date(), http.status(), HttpHeaders.of(http.headers()),
                    body, response.payloadDigest(), Optional.empty(), Optional.empty()));
            response.payloadDigest().ifPresent(digest -> payloads.putIfAbsent(digest, body));
        } else if (record instanceof WarcRevisit revisit && isHttp(revisit)) {
            HttpResponse http = revisit.http();
            captured.add(new Captured(revisit.target(), revisit.date(), http.status(),
                    HttpHeaders.of(http.headers()), null, revisit.payloadDigest(),
                    revisit.headers().sole("WARC-Refers-To-Target-URI").map(WarcContents::unbracket),
                    revisit.headers().sole("WARC-Refers-To-Date").flatMap(WarcDates::parse)));
        } else if (record instanceof WarcRequest request && isHttp(request)) {
            requests.putIfAbsent(request.target(), HttpHeaders.of(request.http().headers()));
        } else if (record instanceof WarcResource resource && resource.target().startsWith("http")) {
            // a page or file another tool stored without its HTTP exchange (Webrecorder): as a 200 response
            byte[] body = bytes(record);
            String type = resource.contentType().toString();
            captured.add(new Captured(resource.target(), resource.date(), 200,
                    List.of(new Header("Content-Type", type)), body, resource.payloadDigest(), Optional.empty(),
                    Optional.empty()));
            resource.payloadDigest().ifPresent(digest -> payloads.putIfAbsent(digest, body));
        } else if (record instanceof WarcResource resource) {
            resources.putIfAbsent(resource.target(), new Block(resource.target(), resource.date(),
                    resource.contentType().toString(), bytes(record)));
        } else if (record instanceof WarcMetadata meta) {
            metadata.add(new Block(meta.target(), meta.date(), meta.contentType().toString(), bytes(record)));
        }
    }

    private static String unbracket(String uri) {
        String u = uri.strip();
        return u.startsWith("<") && u.endsWith(">") ? u.substring(1, u.length() - 1) : u;
    }

    private static boolean isHttp(WarcTargetRecord record) {
        return record.contentType().base().equals(MediaType.HTTP) && record.target().startsWith("http");
    }

    private static byte[] bytes(WarcRecord record) throws IOException {
        return HttpBodies.read(record.body().stream(), record.toString());
    }

    /**
     * Every response, revisits resolved: by payload digest in these files, by the original's URL in these files,
     * then through {@code elsewhere}.
     */
    public Resolved resolve(RevisitResolver elsewhere) throws IOException {
        List<StoredResource> list = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Captured c : captured) {
            Optional<byte[]> body = c.body() != null ? Optional.of(c.body()) : original(c, elsewhere);
            if (body.isEmpty()) {
                missing.add(c.url() + " (" + c.payloadDigest().map(WarcDigest::toString).orElse("no digest") + ")");
                continue;
            }
            List<Header> headers = HttpHeaders.describeEncodedBody(c.headers())
                    ? HttpHeaders.forDecodedBody(c.headers(), body.get().length) : c.headers();
            String type = headers.stream().filter(h -> h.name().equalsIgnoreCase("Content-Type")).map(Header::value)
                    .findFirst().orElse("application/octet-stream");
            list.add(new StoredResource(c.url(), c.status(), type, headers, body.get(), c.date()));
        }
        return new Resolved(list, missing);
    }

    /** The body a revisit stands for: same digest here, else the response it names here, else elsewhere. */
    private Optional<byte[]> original(Captured revisit, RevisitResolver elsewhere) throws IOException {
        Optional<byte[]> byDigest = revisit.payloadDigest().map(payloads::get);
        if (byDigest.isPresent()) {
            return byDigest;
        }
        Optional<byte[]> named = captured.stream()
                .filter(c -> c.body() != null && revisit.refersToUrl().filter(c.url()::equals).isPresent()
                        && revisit.refersToDate().map(c.date()::equals).orElse(true))
                .map(Captured::body).findFirst();
        if (named.isPresent()) {
            return named;
        }
        Optional<byte[]> byDigestElsewhere = revisit.payloadDigest().isEmpty() ? Optional.empty()
                : elsewhere.payload(revisit.payloadDigest().get().prefixedBase32());
        if (byDigestElsewhere.isPresent() || revisit.refersToDate().isEmpty()) {
            return byDigestElsewhere;
        }
        return elsewhere.payload(revisit.refersToUrl().orElse(revisit.url()), revisit.refersToDate().get());
    }

    /** A header of the (first) request for a URL, where the file has the request. */
    public Optional<String> requestHeader(String url, String name) {
        return requests.getOrDefault(url, List.of()).stream()
                .filter(h -> h.name().equalsIgnoreCase(name)).map(Header::value).findFirst();
    }

    public Optional<Block> resource(String uri) {
        return Optional.ofNullable(resources.get(uri));
    }

    public List<Block> metadata() {
        return List.copyOf(metadata);
    }
}
