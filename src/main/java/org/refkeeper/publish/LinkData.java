package org.refkeeper.publish;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.refkeeper.history.SourceStatus;
import org.refkeeper.io.AtomicFile;
import org.refkeeper.io.BadInputException;
import org.refkeeper.citations.Citation;
import org.refkeeper.report.Json;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The links file for static site generators: one JSON object keyed by every cited URL, as the notes cite it and
 * in canonical form, saying what became of it and where its archived copy is. A Jekyll include, a Hugo partial
 * or a small script (docs/publishing/) reads it to put "(archived ...)" beside dead citations.
 */
final class LinkData {
    private LinkData() {
    }

    /**
     * @param archived where each source's last good copy is in the site, relative to its root; empty when it has none
     */
    static Map<String, LinkEntry> of(List<SourceStatus> sources, Function<String, Optional<String>> archived,
                                     Optional<URI> baseUrl) {
        Map<String, LinkEntry> out = new TreeMap<>();
        for (SourceStatus s : sources) {
            Optional<String> path = archived.apply(s.id());
            // appended, not resolved: java.net.URI would turn file:///x/ into file:/x/
            Optional<String> absolute = path.flatMap(p -> baseUrl.map(b -> b + p));
            for (Citation c : s.citations()) {
                String title = c.title().isBlank() ? s.title() : c.title();
                out.putIfAbsent(c.citedUrl(), entry(s, title, path, absolute));
            }
            out.putIfAbsent(s.url(), entry(s, s.title(), path, absolute));
        }
        return out;
    }

    private static LinkEntry entry(SourceStatus s, String citedTitle, Optional<String> path, Optional<String> absolute) {
        return new LinkEntry(s.id(), s.url(), s.state().label(), s.since(), citedTitle, s.liveTitle(), path, absolute,
                s.lastGoodCapture());
    }

    /** Writes the file unless it holds exactly this already; returns whether it wrote. */
    static boolean write(Path file, Path archiveRoot, Map<String, LinkEntry> data) throws IOException {
        Path abs = file.toAbsolutePath().normalize();
        if (abs.startsWith(archiveRoot.toAbsolutePath().normalize())) {
            throw new BadInputException(abs + " is inside the archive " + archiveRoot
                    + "; write the links file outside it (the next run would commit it)");
        }
        if (Files.isDirectory(abs)) {
            throw new BadInputException(abs + " is a folder; --data needs a file name, e.g. _data/refkeeper.json");
        }
        if (Files.exists(abs) && !isLinksFile(abs)) {
            throw new BadInputException(abs + " exists and is no links file refkeeper wrote; name a new file with "
                    + "--data, or remove this one first");
        }
        Files.createDirectories(abs.getParent());
        return AtomicFile.writeIfChanged(abs, Json.write(data));
    }

    /** Whether the file holds what {@link #write} writes: an object of entries that each say a source and a state. */
    private static boolean isLinksFile(Path file) throws IOException {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(Files.readAllBytes(file));
        } catch (JsonProcessingException e) {
            return false;
        }
        if (root == null || !root.isObject()) {
            return false;
        }
        for (JsonNode entry : root) {
            if (!entry.isObject() || !entry.has("source") || !entry.has("state")) {
                return false;
            }
        }
        return true;
    }
}
