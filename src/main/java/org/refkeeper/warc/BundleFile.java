package org.refkeeper.warc;

import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageVersion;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;
import org.refkeeper.index.CdxjLine;
import org.refkeeper.io.PendingFile;

import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One bundle being written, whatever its records come from: the gzipped WARC beside its place until
 * {@link #finish}, refkeeper's warcinfo, resource and metadata records, and the index line of every record
 * indexed. {@link BundleWriter} fills it from a browser capture, {@code records.ImportBundleWriter} from other tools' files.
 */
public final class BundleFile implements Closeable {
    private static final String WARC_1_1 =
            "https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/";

    private final PendingFile file;
    private final FileChannel channel;
    private final WarcWriter writer;
    private final String relativePath;
    private final List<CdxjLine> lines = new ArrayList<>();
    private URI warcinfoId;

    private BundleFile(PendingFile file, FileChannel channel, String relativePath) throws IOException {
        this.file = file;
        this.channel = channel;
        this.writer = new WarcWriter(channel, WarcCompression.GZIP);
        this.relativePath = relativePath;
    }

    /** A bundle for {@code archiveRoot/relativePath}, which must be a .warc.gz inside the archive. */
    public static BundleFile create(Path archiveRoot, String relativePath) throws IOException {
        Path target = archiveRoot.resolve(relativePath).normalize();
        if (!target.startsWith(archiveRoot.normalize()) || !relativePath.endsWith(".warc.gz")) {
            throw new IOException("a bundle must be a .warc.gz inside the archive: " + relativePath);
        }
        PendingFile file = PendingFile.create(target);
        try {
            FileChannel channel = FileChannel.open(file.temp(), StandardOpenOption.WRITE);
            return new BundleFile(file, channel, relativePath);
        } catch (IOException | RuntimeException e) {
            file.close();
            throw e;
        }
    }

    public String relativePath() {
        return relativePath;
    }

    /** The warcinfo that opens every bundle; {@code more} adds fields after the page's URLs. */
    public void warcinfo(Instant date, String pageUrl, String finalUrl, Map<String, List<String>> more) throws IOException {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put("software", List.of(BundleWriter.SOFTWARE));
        fields.put("format", List.of("WARC File Format 1.1"));
        fields.put("conformsTo", List.of(WARC_1_1));
        fields.put("page-url", List.of(pageUrl));
        fields.put("final-url", List.of(finalUrl));
        fields.putAll(more);
        // jwarc formats the fields; the digest needs those exact bytes.
        byte[] block = new Warcinfo.Builder().fields(fields).build().body().stream().readAllBytes();
        Warcinfo info = new Warcinfo.Builder().version(MessageVersion.WARC_1_1).date(seconds(date))
                .filename(file.target().getFileName().toString())
                .blockDigest(Digests.sha1(block)).body(MediaType.WARC_FIELDS, block).build();
        warcinfoId = info.id();
        write(info, null);
    }

    public URI warcinfoId() {
        return warcinfoId;
    }

    /** One of refkeeper's own resource records (screenshot, DOM, main text); nothing when empty. */
    public void resource(String uri, String type, byte[] body, Instant date) throws IOException {
        if (body.length == 0) {
            return;
        }
        Instant at = seconds(date);
        WarcDigest digest = Digests.sha1(body);
        // The target is set as text: page URLs are not always valid java.net.URIs.
        write(new WarcResource.Builder().setHeader("WARC-Target-URI", uri).version(MessageVersion.WARC_1_1).date(at)
                        .warcinfoId(warcinfoId).blockDigest(digest).payloadDigest(digest)
                        .body(MediaType.parse(type), body).build(),
                CdxjLine.of(uri, at, MediaType.parse(type).base().toString(), "", digest.prefixedBase32(), 0, 0,
                        relativePath, "resource"));
    }

    /** The verdict, last. Not indexed: under the page's URL, replay tools would serve the verdict as the page. */
    public void metadata(String pageUrl, Instant date, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        write(new WarcMetadata.Builder().version(MessageVersion.WARC_1_1).targetURI(pageUrl).date(seconds(date))
                .warcinfoId(warcinfoId).blockDigest(Digests.sha1(bytes)).body(MediaType.JSON, bytes).build(), null);
    }

    /** Writes the record and, for an indexed record, keeps its line with the offset and length it got. */
    public void write(WarcRecord record, CdxjLine line) throws IOException {
        long offset = writer.position();
        writer.write(record);
        if (line != null) {
            lines.add(line.at(offset, writer.position() - offset));
        }
    }

    /** Moves the bundle into place; returns where it is and its index lines. */
    public Bundle finish() throws IOException {
        writer.close();
        file.commit();
        return new Bundle(relativePath, lines);
    }

    /** Without {@link #finish}: the bundle is dropped. */
    @Override
    public void close() throws IOException {
        try {
            writer.close();
            channel.close();
        } finally {
            file.close();
        }
    }

    /** WARC-Date and the index timestamp agree to the second, so revisits can name their original exactly. */
    public static Instant seconds(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS);
    }
}
