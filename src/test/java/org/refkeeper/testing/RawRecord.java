package org.refkeeper.testing;

import org.netpreserve.jwarc.WarcDigest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A WARC record written byte by byte, as another tool writes it, quirks included: any version line, fields in
 * the order given, any line end, any block. jwarc's builders write only well-formed WARC/1.0 and 1.1; this
 * writes what the tools in the field write.
 */
public final class RawRecord {
    private String version = "WARC/1.0";
    private final List<String[]> fields = new ArrayList<>();
    private byte[] block = new byte[0];
    private String eol = "\r\n";
    private String digestAlgorithm = "SHA-1";
    private boolean digests = true;
    private boolean hex;
    private Optional<byte[]> payload = Optional.empty();
    private Optional<Integer> cutTo = Optional.empty();
    private final String id = "<urn:uuid:" + UUID.randomUUID() + ">";

    private RawRecord() {
    }

    /** A record of the type for {@code url} (none if null), dated {@code date}, with a fresh record id. */
    public static RawRecord of(String type, String url, Instant date) {
        RawRecord r = new RawRecord();
        r.field("WARC-Type", type).field("WARC-Record-ID", r.id);
        if (url != null) {
            r.field("WARC-Target-URI", url);
        }
        return r.field("WARC-Date", date.toString());
    }

    /** A record with no field yet, for writers whose field order differs from {@link #of}; {@link #id} is its id. */
    public static RawRecord bare() {
        return new RawRecord();
    }

    /** An HTTP response record; its payload digest is over the body as the block stores it. */
    public static RawRecord response(String url, Instant date, byte[] http) {
        return of("response", url, date).block("application/http; msgtype=response", http);
    }

    public static RawRecord request(String url, Instant date, byte[] http) {
        return of("request", url, date).block("application/http; msgtype=request", http);
    }

    /** {@code sha1:BASE32}, as WARC-Payload-Digest states it. */
    public static String sha1(byte[] bytes) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-1");
            md.update(bytes);
            return new WarcDigest(md).toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public String id() {
        return id;
    }

    public RawRecord version(String versionLine) {
        this.version = versionLine;
        return this;
    }

    public RawRecord field(String name, String value) {
        fields.add(new String[]{name, value});
        return this;
    }

    /** Replaces a field (every one of that name); null removes it. */
    public RawRecord set(String name, String value) {
        fields.removeIf(f -> f[0].equalsIgnoreCase(name));
        return value == null ? this : field(name, value);
    }

    public RawRecord block(String contentType, byte[] bytes) {
        set("Content-Type", contentType);
        this.block = bytes.clone();
        return this;
    }

    /** Line ends of the header: {@code \r\r\n} and {@code \n} occur in the field. */
    public RawRecord eol(String lineEnd) {
        this.eol = lineEnd;
        return this;
    }

    /** Digests in another algorithm ("SHA-256" as Browsertrix writes them). */
    public RawRecord digests(String algorithm) {
        this.digestAlgorithm = algorithm;
        return this;
    }

    /** Digests in hex rather than base32, as Browsertrix and ArchiveWeb.page write them. */
    public RawRecord hex() {
        this.hex = true;
        return this;
    }

    public RawRecord noDigests() {
        this.digests = false;
        return this;
    }

    /** The bytes the payload digest is computed over, where they are not the block's body as stored. */
    public RawRecord payload(byte[] bytes) {
        this.payload = Optional.of(bytes.clone());
        return this;
    }

    /** Writes only the first {@code bytes} of the record, as a file that ends inside it. */
    public RawRecord cutTo(int bytes) {
        this.cutTo = Optional.of(bytes);
        return this;
    }

    /** The record as it is written: header, block, two line ends. */
    public byte[] bytes() {
        List<String[]> all = new ArrayList<>(fields);
        boolean hasLength = all.stream().anyMatch(f -> f[0].equalsIgnoreCase("Content-Length"));
        if (digests && all.stream().noneMatch(f -> f[0].equalsIgnoreCase("WARC-Block-Digest"))) {
            all.add(new String[]{"WARC-Block-Digest", digest(block)});
            Optional<byte[]> body = payload.or(() -> HttpBlocks.body(block));
            if (body.isPresent() && isHttp() && !type().equals("revisit")
                    && all.stream().noneMatch(f -> f[0].equalsIgnoreCase("WARC-Payload-Digest"))) {
                all.add(new String[]{"WARC-Payload-Digest", digest(body.get())});
            }
        }
        if (!hasLength) {
            all.add(new String[]{"Content-Length", Integer.toString(block.length)});
        }
        StringBuilder head = new StringBuilder(version).append(eol);
        for (String[] f : all) {
            head.append(f[0]).append(": ").append(f[1]).append(eol);
        }
        head.append(eol);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
        out.writeBytes(block);
        out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        byte[] bytes = out.toByteArray();
        return cutTo.map(n -> Arrays.copyOf(bytes, n)).orElse(bytes);
    }

    private boolean isHttp() {
        return fields.stream().anyMatch(f -> f[0].equalsIgnoreCase("Content-Type") && f[1].startsWith("application/http"));
    }

    private String type() {
        return fields.stream().filter(f -> f[0].equals("WARC-Type")).map(f -> f[1]).findFirst().orElse("");
    }

    private String digest(byte[] bytes) {
        try {
            MessageDigest md = MessageDigest.getInstance(digestAlgorithm);
            md.update(bytes);
            WarcDigest digest = new WarcDigest(md);
            return hex ? digest.algorithm() + ":" + digest.hex() : digest.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalArgumentException(digestAlgorithm, e);
        }
    }
}
