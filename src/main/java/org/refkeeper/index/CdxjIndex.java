package org.refkeeper.index;

import org.refkeeper.io.AtomicFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The archive's {@code index.cdxj}: every indexed record of every bundle, sorted bytewise by the whole line as
 * pywb's binary search expects. Immutable: {@link #plus} gives a new index.
 * As a {@link PayloadLookup} it names the first full response stored with a payload, so new bundles revisit it.
 */
public final class CdxjIndex implements PayloadLookup {
    private static final Comparator<String> BYTEWISE = (a, b) -> Arrays.compareUnsigned(
            a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));

    /** Every line by its text, sorted: kept so that adding lines never writes the old ones out again. */
    private final TreeMap<String, CdxjLine> sorted;
    private final List<CdxjLine> lines;
    private final Map<String, CdxjLine> originals;
    /** The URIs of each bundle's resource records (screenshot, DOM, main text), by file name. */
    private final Map<String, List<String>> resources;
    private final Map<String, CdxjLine> captures = new HashMap<>();

    private CdxjIndex(TreeMap<String, CdxjLine> sorted) {
        this.sorted = sorted;
        this.lines = List.copyOf(sorted.values());
        this.originals = new HashMap<>();
        this.resources = new HashMap<>();
        for (CdxjLine line : lines) {
            if (line.recordType().equals("response") && !line.digest().isEmpty()) {
                originals.merge(line.digest(), line, (a, b) -> b.timestamp().compareTo(a.timestamp()) < 0 ? b : a);
            } else if (line.recordType().equals("resource")) {
                resources.computeIfAbsent(line.filename(), f -> new ArrayList<>()).add(line.url());
            }
            if (line.recordType().equals("response") || line.recordType().equals("resource")) {
                captures.putIfAbsent(line.url() + " " + line.timestamp(), line);
            }
        }
    }

    public static CdxjIndex empty() {
        return new CdxjIndex(new TreeMap<>(BYTEWISE));
    }

    /** A line of an index file that does not parse. */
    @FunctionalInterface
    public interface BadLine {
        void found(int lineNumber, String problem) throws IOException;
    }

    /** Reads an index file; a missing file is an empty index, a line that does not parse an error. */
    public static CdxjIndex load(Path file) throws IOException {
        return load(file, (n, problem) -> {
            throw new IOException(file + ":" + n + ": " + problem);
        });
    }

    /** Reads an index file, handing each line that does not parse to {@code bad} and going on. */
    public static CdxjIndex load(Path file, BadLine bad) throws IOException {
        List<String> text;
        try {
            text = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return empty();
        }
        List<CdxjLine> parsed = new ArrayList<>();
        for (int i = 0; i < text.size(); i++) {
            String line = text.get(i);
            if (line.isBlank() || line.startsWith("!")) {
                continue;
            }
            try {
                parsed.add(CdxjLine.parse(line));
            } catch (IllegalArgumentException e) {
                bad.found(i + 1, e.getMessage());
            }
        }
        return empty().plus(parsed);
    }

    /** This index with {@code more} lines; a line already present is kept once. */
    public CdxjIndex plus(List<CdxjLine> more) {
        TreeMap<String, CdxjLine> all = new TreeMap<>(sorted);
        for (CdxjLine line : more) {
            all.put(line.toString(), line);
        }
        return new CdxjIndex(all);
    }

    /** This index without the lines of the bundles named, e.g. of a bundle taken out before any commit held it. */
    public CdxjIndex without(Set<String> bundles) {
        TreeMap<String, CdxjLine> sorted = new TreeMap<>(BYTEWISE);
        for (CdxjLine line : lines) {
            if (!bundles.contains(line.filename())) {
                sorted.put(line.toString(), line);
            }
        }
        return new CdxjIndex(sorted);
    }

    /** Writes the index atomically, one line each, sorted bytewise. */
    public void write(Path file) throws IOException {
        StringBuilder text = new StringBuilder();
        for (String line : sorted.keySet()) {
            text.append(line).append('\n');
        }
        AtomicFile.write(file, temp -> Files.writeString(temp, text, StandardCharsets.UTF_8));
    }

    /** Every line, in index order. */
    public List<CdxjLine> lines() {
        return lines;
    }

    /** The earliest full response stored with this payload digest. */
    public Optional<CdxjLine> original(String payloadDigest) {
        return Optional.ofNullable(originals.get(payloadDigest));
    }

    /** Whether the bundle {@code filename} holds a resource record whose URI starts with {@code prefix}. */
    public boolean holds(String filename, String prefix) {
        return resources.getOrDefault(filename, List.of()).stream().anyMatch(u -> u.startsWith(prefix));
    }

    /** The full response (or resource) stored for {@code url} at {@code date} (to the second), if any. */
    public Optional<CdxjLine> capture(String url, Instant date) {
        return Optional.ofNullable(captures.get(url + " " + CdxjLine.of(url, date, "", "", "", 0, 0, "", "").timestamp()));
    }

    @Override
    public Optional<StoredPayload> find(String payloadDigest) {
        return original(payloadDigest).map(l -> new StoredPayload(l.url(), l.date()));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CdxjIndex other && lines.equals(other.lines);
    }

    @Override
    public int hashCode() {
        return lines.hashCode();
    }
}
