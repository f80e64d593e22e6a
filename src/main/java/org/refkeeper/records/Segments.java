package org.refkeeper.records;

import org.netpreserve.jwarc.MessageHeaders;

import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Records that a writer split into segments (WARC 1.0 and 1.1, "Segmentation"): a first record with
 * WARC-Segment-Number 1, then continuation records naming it in WARC-Segment-Origin-ID, numbered on, the last
 * with WARC-Segment-Total-Length, in the same file or in later ones. Joined into the one record they are, since
 * a segment alone is a cut-off body that would be restored as if whole.
 */
public final class Segments {
    private Segments() {
    }

    /** Whether a record is a part of a segmented one: its first segment, or a continuation. */
    static boolean isSegment(MessageHeaders fields) {
        return fields.sole("WARC-Type").map(t -> t.strip().equalsIgnoreCase("continuation")).orElse(false)
                || fields.sole("WARC-Segment-Number").isPresent();
    }

    /**
     * The records with every segmented one joined, in the place of its first segment; continuation records are
     * gone. A record some of whose segments are in none of the files is read as far as its segments go and
     * marked truncated; a continuation whose first segment is nowhere is left out. Each is reported.
     */
    public static List<ForeignRecord> join(List<ForeignRecord> records, Spool spool, Consumer<RecordProblem> problems)
            throws IOException {
        Map<String, List<ForeignRecord>> parts = new HashMap<>();
        Set<String> firsts = new HashSet<>();
        for (ForeignRecord r : records) {
            if (r.type().equals("continuation")) {
                r.fields().sole("WARC-Segment-Origin-ID").map(String::strip)
                        .ifPresent(id -> parts.computeIfAbsent(id, i -> new ArrayList<>()).add(r));
            } else if (isSegment(r.fields())) {
                r.id().ifPresent(firsts::add);
            }
        }
        List<ForeignRecord> joined = new ArrayList<>();
        for (ForeignRecord r : records) {
            if (r.type().equals("continuation")) {
                String origin = r.fields().sole("WARC-Segment-Origin-ID").map(String::strip).orElse("");
                if (!firsts.contains(origin)) {
                    problems.accept(new RecordProblem(r.source(), r.offset(), "a continuation of record "
                            + (origin.isEmpty() ? "(none named)" : origin) + ", whose first segment is in none of the"
                            + " files given; skipped (give the file that holds it too)"));
                }
            } else if (isSegment(r.fields())) {
                join(r, r.id().map(parts::get).orElse(List.of()), spool, problems).ifPresent(joined::add);
            } else {
                joined.add(r);
            }
        }
        return joined;
    }

    private static Optional<ForeignRecord> join(ForeignRecord first, List<ForeignRecord> continuations, Spool spool,
                                                Consumer<RecordProblem> problems) throws IOException {
        List<ForeignRecord> rest = new ArrayList<>(continuations);
        rest.sort(Comparator.comparingLong(Segments::number));
        List<Spool.Span> blocks = new ArrayList<>(List.of(first.block()));
        long expected = 2;
        boolean last = false;
        for (ForeignRecord part : rest) {
            if (number(part) != expected || last) {
                break;
            }
            blocks.add(part.block());
            last = part.fields().sole("WARC-Segment-Total-Length").isPresent();
            expected++;
        }
        if (!last) {
            problems.accept(new RecordProblem(first.source(), first.offset(), "a record of " + first.target()
                    + " split into segments, whose segment " + expected + " is in none of the files given; read as far"
                    + " as the segments go and marked WARC-Truncated (give the files that hold the rest too)"));
        }
        boolean incomplete = !last || first.truncated();
        List<InputStream> streams = new ArrayList<>();
        for (Spool.Span span : blocks) {
            streams.add(spool.open(span));
        }
        Spool.Appended all;
        try (InputStream in = new SequenceInputStream(Collections.enumeration(streams))) {
            all = spool.append(in, sha1());
        }
        return new ForeignRecords(first.source(), spool, problems).joined(first, all.span(), incomplete);
    }

    private static long number(ForeignRecord r) {
        try {
            return Long.parseLong(r.fields().sole("WARC-Segment-Number").orElse("").strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static MessageDigest sha1() {
        try {
            return MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-1", e);
        }
    }
}
