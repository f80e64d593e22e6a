package org.refkeeper.records;

import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.ZipException;

/**
 * Reads every record of a WARC or ARC file that another tool wrote, leniently: a record that cannot be read is
 * reported with its offset and skipped, and reading goes on at the next record; a file that ends inside its last
 * record gives that record as far as it goes. Whole-file gzip is unpacked first, since its records cannot be
 * told apart by offset. Blocks go to the {@link Spool}; {@link ForeignRecords} makes the records.
 */
public final class WarcFileReader {
    private static final byte[] GZIP = {0x1f, (byte) 0x8b, 0x08};
    private static final byte[] WARC = "WARC/".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    /**
     * A gzipped file's records may unpack to this many times the file's size (real WARCs unpack to a few times
     * theirs; zeros unpack to a thousand times), and to {@link #MIN_UNPACKED} whatever the file's size.
     */
    static final long RATIO = 100;
    static final long MIN_UNPACKED = 256L << 20;

    private final Path file;
    private final String name;
    private final boolean gzip;
    /** Where {@code file} starts in the file named: not 0 for the unpacked end of a gzip file. */
    private long base;
    private final ForeignRecords records;
    private final Consumer<RecordProblem> problems;
    private final List<ForeignRecord> read = new ArrayList<>();
    /** What the file's records may unpack to, all together ... */
    private final long limit;
    /** ... and may still. */
    private long budget;

    private WarcFileReader(Path file, String name, boolean gzip, ForeignRecords records,
                           Consumer<RecordProblem> problems, long budget) {
        this.limit = budget;
        this.budget = budget;
        this.file = file;
        this.name = name;
        this.gzip = gzip;
        this.records = records;
        this.problems = problems;
    }

    /**
     * @param name     the file as messages name it
     * @param problems told of every record skipped or read with a repair
     */
    public static List<ForeignRecord> read(Path file, String name, Spool spool, Consumer<RecordProblem> problems)
            throws IOException {
        if (!startsWith(file, GZIP)) {
            return new WarcFileReader(file, name, false, new ForeignRecords(name, spool, problems), problems,
                    Long.MAX_VALUE).all();
        }
        long budget = Math.max(MIN_UNPACKED, RATIO * Files.size(file));
        Path unpacked = Files.createTempFile("refkeeper-unpacked-", ".warc");
        try {
            GzipMembers.FirstMember first;
            try (OutputStream out = Files.newOutputStream(unpacked)) {
                first = GzipMembers.unpackFirst(file, out, budget);
            }
            if (!first.tooLarge() && first.compressedLength() < Files.size(file)) {
                return new WarcFileReader(file, name, true, new ForeignRecords(name, spool, problems), problems, budget)
                        .all();
            }
            // one gzip member for the whole file: offsets below are offsets in the unpacked content
            if (first.tooLarge()) {
                problems.accept(new RecordProblem(name, 0, bomb(budget) + "; read as far as that"));
            } else if (!first.complete()) {
                problems.accept(new RecordProblem(name, Files.size(file),
                        "the file ends inside its gzip data; read as far as it goes"));
            }
            String inside = name + " (unpacked)";
            return new WarcFileReader(unpacked, inside, false, new ForeignRecords(inside, spool, problems), problems,
                    Long.MAX_VALUE).all();
        } finally {
            Files.deleteIfExists(unpacked);
        }
    }

    /** Why a gzip file is read no further, in words. */
    private static String bomb(long budget) {
        return "the file unpacks to more than " + (budget >> 20) + " MiB, over " + RATIO + " times its own size, as a "
                + "decompression bomb does";
    }

    private List<ForeignRecord> all() throws IOException {
        long start = 0;
        long size = Files.size(file);
        while (start >= 0 && start < size) {
            start = readFrom(start);
        }
        return read;
    }

    /**
     * Reads records from {@code position} until the file ends (returns -1) or a record cannot be read: then the
     * problem is reported and the offset of the next record start is returned.
     */
    private long readFrom(long position) throws IOException {
        try (FileChannel channel = FileChannel.open(file)) {
            channel.position(position);
            WarcReader reader;
            try {
                reader = new WarcReader(channel);
            } catch (IOException | RuntimeException e) {
                return skipBroken(position, e);
            }
            reader.setLenient(true);
            long[] current = {position};
            reader.onWarning(w -> {
                if (w.contains("trailer")) {
                    problems.accept(new RecordProblem(name, base + current[0],
                            "the record does not end where its Content-Length says"));
                }
            });
            while (true) {
                Optional<WarcRecord> next;
                try {
                    next = reader.next();
                } catch (IOException | RuntimeException e) {
                    if (gzip && e instanceof EOFException) {
                        return unpackEnd(reader.position());
                    }
                    return skipBroken(reader.position(), e);
                }
                if (next.isEmpty()) {
                    return -1;
                }
                current[0] = next.get().position();
                ForeignRecords.Taken taken = records.take(next.get(), base + current[0], gzip, budget);
                budget -= taken.spooled();
                if (taken.tooLarge()) {
                    problems.accept(new RecordProblem(name, base + current[0], bomb(limit)
                            + "; this record and the rest of the file are not read"));
                    return -1;
                }
                if (taken.unpackEnd()) {
                    return unpackEnd(current[0]);
                }
                taken.record().ifPresent(read::add);
                if (taken.corrupt()) {
                    return skipBroken(current[0], new java.util.zip.ZipException());
                }
                if (taken.cutShort()) {
                    return -1;
                }
            }
        }
    }

    /** The last gzip member, which the file cuts short, unpacked as far as it goes and read from there. */
    private long unpackEnd(long at) throws IOException {
        Path end = Files.createTempFile("refkeeper-end-", ".warc");
        try {
            try (OutputStream out = Files.newOutputStream(end)) {
                GzipMembers.unpack(file, at, out, budget);
            }
            WarcFileReader rest = new WarcFileReader(end, name, false, records, problems, Long.MAX_VALUE);
            rest.base = at;
            read.addAll(rest.all());
        } finally {
            Files.deleteIfExists(end);
        }
        return -1;
    }

    private long skipBroken(long at, Exception e) throws IOException {
        long next = nextStart(at + 1);
        if (e instanceof EOFException && next < 0) {
            problems.accept(new RecordProblem(name, base + at, "the file ends inside a record; nothing more to read"));
            return -1;
        }
        String what = e instanceof ZipException ? "the gzip data is corrupt"
                : e instanceof ParsingException ? "no WARC record header starts here"
                : e instanceof NumberFormatException ? "its Content-Length is not a number"
                : "the record cannot be read";
        problems.accept(new RecordProblem(name, base + at, what + "; skipped"
                + (next < 0 ? ", and nothing readable follows" : " to the next record, at byte " + (base + next))));
        return next;
    }

    /** The next offset from {@code from} where a record could start: a gzip member, or "WARC/" at a line start. */
    private long nextStart(long from) throws IOException {
        byte[] magic = gzip ? GZIP : WARC;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            in.skipNBytes(Math.min(from, Files.size(file)));
            long position = from;
            int matched = 0;
            int previous = from == 0 ? '\n' : -1;
            long candidate = -1;
            for (int b = in.read(); b >= 0; b = in.read(), position++) {
                if (matched == 0 && !gzip && previous != '\n') {
                    previous = b;
                    continue;
                }
                if (b == (magic[matched] & 0xff)) {
                    if (matched == 0) {
                        candidate = position;
                    }
                    if (++matched == magic.length) {
                        return candidate;
                    }
                } else {
                    matched = b == (magic[0] & 0xff) && (gzip || previous == '\n') ? 1 : 0;
                    candidate = matched == 1 ? position : -1;
                }
                previous = b;
            }
            return -1;
        }
    }

    private static boolean startsWith(Path file, byte[] prefix) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(prefix.length);
            return java.util.Arrays.equals(start, prefix);
        }
    }
}
