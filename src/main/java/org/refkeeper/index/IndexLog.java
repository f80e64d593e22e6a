package org.refkeeper.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Predicate;

/**
 * The lines of an index and their lookups, only ever added to, numbered in the order they came: an index
 * ({@link CdxjIndex}) is the first {@code count} of them. So adding a bundle's lines to the newest index costs
 * what those lines cost, not what the whole index does, and every older index stays as it was.
 */
final class IndexLog {
    /** UTF-8 byte order without encoding: code point order, in which a surrogate pair sorts after every other char. */
    static final Comparator<String> BYTEWISE = IndexLog::compareUtf8;

    /** A line, its text, and its place in the order lines came. */
    record Entry(CdxjLine line, String text, int seq) {
    }

    private final ConcurrentSkipListMap<String, Entry> sorted = new ConcurrentSkipListMap<>(BYTEWISE);
    /** Full responses with a payload digest, by digest. */
    private final Map<String, List<Entry>> responses = new ConcurrentHashMap<>();
    /** Resource records (screenshot, DOM, main text), by bundle. */
    private final Map<String, List<Entry>> resources = new ConcurrentHashMap<>();
    /** Responses and resources, by URL and timestamp. */
    private final Map<String, List<Entry>> captures = new ConcurrentHashMap<>();
    private volatile int size;

    int size() {
        return size;
    }

    /** Adds the lines not yet present; returns the new size. */
    synchronized int append(List<CdxjLine> more) {
        int next = size;
        for (CdxjLine line : more) {
            String text = line.toString();
            if (sorted.containsKey(text)) {
                continue;
            }
            Entry e = new Entry(line, text, next++);
            sorted.put(text, e);
            if (line.recordType().equals("response") && !line.digest().isEmpty()) {
                add(responses, line.digest(), e);
            } else if (line.recordType().equals("resource")) {
                add(resources, line.filename(), e);
            }
            if (line.recordType().equals("response") || line.recordType().equals("resource")) {
                add(captures, captureKey(line.url(), line.timestamp()), e);
            }
        }
        size = next;
        return next;
    }

    private static void add(Map<String, List<Entry>> map, String key, Entry e) {
        map.compute(key, (k, old) -> {
            List<Entry> list = old == null ? new ArrayList<>(1) : new ArrayList<>(old);
            list.add(e);
            return List.copyOf(list);
        });
    }

    static String captureKey(String url, String timestamp) {
        return url + " " + timestamp;
    }

    /** Every entry, sorted bytewise by text; the caller keeps those below its count. */
    Iterable<Entry> entries() {
        return sorted.values();
    }

    /** The earliest stored full response with this payload digest among the first {@code count} lines. */
    Optional<CdxjLine> original(String digest, int count) {
        return first(responses.get(digest), count, Comparator.comparing((Entry e) -> e.line().timestamp())
                .thenComparing(Entry::text, BYTEWISE));
    }

    /** The first, in index order, of the responses and resources at this URL and timestamp. */
    Optional<CdxjLine> capture(String key, int count) {
        return first(captures.get(key), count, Comparator.comparing(Entry::text, BYTEWISE));
    }

    boolean holds(String filename, int count, Predicate<String> url) {
        return resources.getOrDefault(filename, List.of()).stream().anyMatch(e -> e.seq() < count && url.test(e.line().url()));
    }

    private static Optional<CdxjLine> first(List<Entry> entries, int count, Comparator<Entry> order) {
        return entries == null ? Optional.empty()
                : entries.stream().filter(e -> e.seq() < count).min(order).map(Entry::line);
    }

    private static int compareUtf8(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                boolean sx = Character.isSurrogate(x);
                if (sx != Character.isSurrogate(y)) {
                    return sx ? 1 : -1;
                }
                return x - y;
            }
        }
        return a.length() - b.length();
    }
}
