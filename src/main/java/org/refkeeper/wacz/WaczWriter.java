package org.refkeeper.wacz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.refkeeper.index.CdxjIndex;
import org.refkeeper.index.CdxjLine;
import org.refkeeper.io.PendingFile;
import org.refkeeper.warc.BundleWriter;
import org.refkeeper.warc.Digests;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * Writes a WACZ 1.1.1 file that ReplayWeb.page and pywb open: {@code archive/*.warc.gz} stored uncompressed
 * (they are gzip already, and replay seeks into them), {@code indexes/index.cdxj}, {@code pages/pages.jsonl},
 * {@code datapackage.json} with a SHA-256 of every file, {@code datapackage-digest.json}. Bundles stream into
 * the package as they are added; {@link #finish} writes the rest and moves the package into place, so a package
 * that was not finished never appears.
 */
public final class WaczWriter implements Closeable {
    static final String VERSION = "1.1.1";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final PendingFile file;
    private final ZipArchiveOutputStream zip;
    private final Clock clock;
    private final Set<String> names = new HashSet<>();
    private final List<Map<String, Object>> resources = new ArrayList<>();
    private final List<CdxjLine> index = new ArrayList<>();
    private final List<WaczPage> pages = new ArrayList<>();

    private WaczWriter(PendingFile file, ZipArchiveOutputStream zip, Clock clock) {
        this.file = file;
        this.zip = zip;
        this.clock = clock;
    }

    /** @param clock the package's creation date */
    public static WaczWriter create(Path target, Clock clock) throws IOException {
        PendingFile file = PendingFile.create(target);
        try {
            return new WaczWriter(file, new ZipArchiveOutputStream(file.temp()), clock);
        } catch (IOException | RuntimeException e) {
            file.close();
            throw e;
        }
    }

    /**
     * Packs a bundle as {@code archive/<its file name>}.
     *
     * @param lines its index lines (they go in pointing at the name inside {@code archive/})
     */
    public void addWarc(Path warc, List<CdxjLine> lines) throws IOException {
        String name = warc.getFileName().toString();
        if (!names.add(name)) {
            throw new IOException("two bundles are both named " + name + "; a WACZ needs distinct names");
        }
        String path = "archive/" + name;
        stored(path, warc);
        resources.add(resource(path, Digests.sha256(warc), Files.size(warc)));
        lines.forEach(l -> index.add(l.withFilename(name)));
    }

    /** A page for {@code pages/pages.jsonl}: where a reader starts browsing. */
    public void addPage(WaczPage page) {
        pages.add(page);
    }

    /** Writes the page list, the index and the manifests, and moves the package into place. */
    public void finish() throws IOException {
        Map<String, byte[]> small = new LinkedHashMap<>();
        small.put("pages/pages.jsonl", pagesJsonl(pages));
        small.put("indexes/index.cdxj", cdxj(index));
        for (Map.Entry<String, byte[]> entry : small.entrySet()) {
            deflated(entry.getKey(), entry.getValue());
            resources.add(resource(entry.getKey(), Digests.sha256(entry.getValue()), entry.getValue().length));
        }
        byte[] datapackage = datapackage(resources, pages);
        deflated("datapackage.json", datapackage);
        deflated("datapackage-digest.json", json(Map.of("path", "datapackage.json", "hash", Digests.sha256(datapackage))));
        zip.close();
        file.commit();
    }

    /** Without {@link #finish}: the package is dropped. */
    @Override
    public void close() throws IOException {
        try {
            zip.close();
        } finally {
            file.close();
        }
    }

    private static byte[] pagesJsonl(List<WaczPage> pages) throws JsonProcessingException {
        ObjectMapper compact = new ObjectMapper();
        StringBuilder text = new StringBuilder();
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("format", "json-pages-1.0");
        header.put("id", "pages");
        header.put("title", "All Pages");
        if (pages.stream().anyMatch(p -> p.text().isPresent())) {
            header.put("hasText", true);
        }
        text.append(compact.writeValueAsString(header)).append('\n');
        for (WaczPage page : pages) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("url", page.url());
            line.put("ts", page.ts().toString());
            page.title().ifPresent(t -> line.put("title", t));
            page.text().ifPresent(t -> line.put("text", t));
            text.append(compact.writeValueAsString(line)).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The packed bundles' lines, sorted bytewise. */
    private static byte[] cdxj(List<CdxjLine> lines) {
        StringBuilder text = new StringBuilder();
        CdxjIndex.empty().plus(lines).lines().forEach(l -> text.append(l).append('\n'));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private byte[] datapackage(List<Map<String, Object>> resources, List<WaczPage> pages)
            throws JsonProcessingException {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("profile", "data-package");
        data.put("wacz_version", VERSION);
        data.put("title", "refkeeper archive");
        data.put("created", clock.instant().truncatedTo(ChronoUnit.SECONDS).toString());
        data.put("software", BundleWriter.SOFTWARE);
        if (pages.size() == 1) {
            // Replay opens straight on the page when the package holds just one.
            data.put("mainPageUrl", pages.get(0).url());
            data.put("mainPageDate", pages.get(0).ts().toString());
        }
        data.put("resources", resources);
        return json(data);
    }

    private static Map<String, Object> resource(String path, String hash, long bytes) {
        Map<String, Object> resource = new LinkedHashMap<>();
        resource.put("name", Path.of(path).getFileName().toString());
        resource.put("path", path);
        resource.put("hash", hash);
        resource.put("bytes", bytes);
        return resource;
    }

    private static byte[] json(Object value) throws JsonProcessingException {
        return JSON.writeValueAsBytes(value);
    }

    /** STORED needs size and CRC before the data. */
    private void stored(String path, Path file) throws IOException {
        CRC32 crc = new CRC32();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[65536];
            for (int n; (n = in.read(buffer)) > 0; ) {
                crc.update(buffer, 0, n);
            }
        }
        ZipArchiveEntry entry = new ZipArchiveEntry(path);
        entry.setMethod(ZipArchiveEntry.STORED);
        entry.setSize(Files.size(file));
        entry.setCrc(crc.getValue());
        zip.putArchiveEntry(entry);
        Files.copy(file, zip);
        zip.closeArchiveEntry();
    }

    private void deflated(String path, byte[] bytes) throws IOException {
        ZipArchiveEntry entry = new ZipArchiveEntry(path);
        entry.setMethod(ZipArchiveEntry.DEFLATED);
        // Unknown size makes Commons Compress put a ZIP64 extra in the local header only; ReplayWeb.page finds the
        // data by the central directory's extra length and would read 20 bytes early.
        entry.setSize(bytes.length);
        zip.putArchiveEntry(entry);
        zip.write(bytes);
        zip.closeArchiveEntry();
    }
}
