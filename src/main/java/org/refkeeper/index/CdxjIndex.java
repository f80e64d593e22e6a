package org.refkeeper.index;

import org.refkeeper.io.AtomicFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The archive's {@code index.cdxj}: every indexed record of every bundle, sorted bytewise by the whole line as
 * pywb's binary search expects. Immutable: {@link #plus} gives a new index.
 * As a {@link PayloadLookup} it names the first full response stored with a payload, so new bundles revisit it.
 */
public final class CdxjIndex implements PayloadLookup {
    private final IndexLog log;
    /** How many of the log's lines this index holds. */
    private final int count;
    private volatile List<CdxjLine> lines;

    private CdxjIndex(IndexLog log, int count) {
        this.log = log;
        this.count = count;
    }

    public static CdxjIndex empty() {
        return new CdxjIndex(new IndexLog(), 0);
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

    /**
     * This index with {@code more} lines; a line already present is kept once. Adding to the newest index of its
     * line costs only the new lines; an older one is copied first.
     */
    public CdxjIndex plus(List<CdxjLine> more) {
        synchronized (log) {
            if (count == log.size()) {
                return new CdxjIndex(log, log.append(more));
            }
        }
        IndexLog copy = new IndexLog();
        copy.append(lines());
        return new CdxjIndex(copy, copy.append(more));
    }

    /** This index without the lines of the bundles named, e.g. of a bundle taken out before any commit held it. */
    public CdxjIndex without(Set<String> bundles) {
        IndexLog copy = new IndexLog();
        return new CdxjIndex(copy, copy.append(lines().stream().filter(l -> !bundles.contains(l.filename())).toList()));
    }

    /** Writes the index atomically, one line each, sorted bytewise. */
    public void write(Path file) throws IOException {
        StringBuilder text = new StringBuilder();
        for (IndexLog.Entry e : log.entries()) {
            if (e.seq() < count) {
                text.append(e.text()).append('\n');
            }
        }
        AtomicFile.write(file, temp -> Files.writeString(temp, text, StandardCharsets.UTF_8));
    }

    /** Every line, in index order. */
    public List<CdxjLine> lines() {
        List<CdxjLine> out = lines;
        if (out == null) {
            List<CdxjLine> all = new ArrayList<>(count);
            for (IndexLog.Entry e : log.entries()) {
                if (e.seq() < count) {
                    all.add(e.line());
                }
            }
            out = List.copyOf(all);
            lines = out;
        }
        return out;
    }

    /** The earliest full response stored with this payload digest. */
    public Optional<CdxjLine> original(String payloadDigest) {
        return log.original(payloadDigest, count);
    }

    /** Whether the bundle {@code filename} holds a resource record whose URI starts with {@code prefix}. */
    public boolean holds(String filename, String prefix) {
        return log.holds(filename, count, u -> u.startsWith(prefix));
    }

    /** The full response (or resource) stored for {@code url} at {@code date} (to the second), if any. */
    public Optional<CdxjLine> capture(String url, Instant date) {
        return log.capture(IndexLog.captureKey(url, CdxjLine.of(url, date, "", "", "", 0, 0, "", "").timestamp()), count);
    }

    @Override
    public Optional<StoredPayload> find(String payloadDigest) {
        return original(payloadDigest).map(l -> new StoredPayload(l.url(), l.date()));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CdxjIndex other && lines().equals(other.lines());
    }

    @Override
    public int hashCode() {
        return lines().hashCode();
    }
}
