package org.refkeeper.foreign;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.netpreserve.jwarc.WarcReader;
import org.refkeeper.wacz.WaczFile;
import org.refkeeper.wacz.WaczPage;
import org.refkeeper.warc.Snapshot;
import org.refkeeper.warc.WarcContents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads WARC and WACZ files written by other tools (pywb, ArchiveWeb.page, Heritrix, ...) into one
 * {@link Snapshot} per page, revisit records resolved against the file's own full responses. Never writes.
 */
public final class ForeignArchive {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ForeignArchive() {
    }

    /** @param file a {@code .warc}, {@code .warc.gz} or {@code .wacz} file */
    public static List<Snapshot> read(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        WarcContents contents = new WarcContents();
        if (name.endsWith(".wacz")) {
            return readWacz(file, contents);
        }
        if (!name.endsWith(".warc") && !name.endsWith(".warc.gz")) {
            throw new IOException(file + ": not a .warc, .warc.gz or .wacz file");
        }
        try (WarcReader reader = new WarcReader(file)) {
            contents.add(reader, file.toString());
        }
        return ForeignPages.snapshots(contents, List.of());
    }

    private static List<Snapshot> readWacz(Path file, WarcContents contents) throws IOException {
        try (WaczFile wacz = WaczFile.open(file)) {
            List<ZipArchiveEntry> warcs = wacz.warcs();
            if (warcs.isEmpty()) {
                throw new IOException(file + ": no WARC files under archive/");
            }
            for (ZipArchiveEntry entry : warcs) {
                try (InputStream in = wacz.open(entry); WarcReader reader = new WarcReader(in)) {
                    contents.add(reader, file + "!" + entry.getName());
                }
            }
            List<WaczPage> pages = new ArrayList<>();
            Optional<ZipArchiveEntry> list = wacz.entry("pages/pages.jsonl");
            if (list.isPresent()) {
                try (InputStream in = wacz.open(list.get())) {
                    pages = pages(new String(in.readAllBytes(), StandardCharsets.UTF_8), file);
                }
            }
            return ForeignPages.snapshots(contents, pages);
        }
    }

    /** The page lines of a pages.jsonl: the header line (it has "format") and lines without a URL are skipped. */
    static List<WaczPage> pages(String jsonl, Path file) throws IOException {
        List<WaczPage> pages = new ArrayList<>();
        String[] lines = jsonl.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            JsonNode page;
            try {
                page = JSON.readTree(lines[i]);
            } catch (IOException e) {
                throw new IOException(file + "!pages/pages.jsonl:" + (i + 1) + ": not JSON", e);
            }
            if (page.has("format") || !page.path("url").isTextual()) {
                continue;
            }
            pages.add(new WaczPage(page.get("url").asText(), timestamp(page.path("ts").asText()),
                    optional(page, "title"), optional(page, "text")));
        }
        return pages;
    }

    private static Optional<String> optional(JsonNode node, String field) {
        return node.path(field).isTextual() && !node.get(field).asText().isBlank()
                ? Optional.of(node.get(field).asText()) : Optional.empty();
    }

    /** RFC 3339 as the spec says; a page without a usable ts gets the epoch rather than failing the import. */
    private static Instant timestamp(String ts) {
        try {
            return OffsetDateTime.parse(ts).toInstant();
        } catch (DateTimeParseException e) {
            return Instant.EPOCH;
        }
    }
}
