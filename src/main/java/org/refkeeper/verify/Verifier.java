package org.refkeeper.verify;

import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcCaptureRecord;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcPayload;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcTargetRecord;
import org.refkeeper.index.CdxjIndex;
import org.refkeeper.index.CdxjLine;
import org.refkeeper.warc.Digests;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Checks stored files against what they say of themselves: every record's block and payload digest recomputed
 * and compared, every index line matched with the record at its offset. Reports, never repairs.
 */
public final class Verifier {
    private Verifier() {
    }

    /** Recomputes every digest of one WARC file. */
    public static List<Problem> verifyBundle(Path file) {
        List<Problem> problems = new ArrayList<>();
        long offset = 0;
        try (WarcReader reader = new WarcReader(file)) {
            reader.calculateBlockDigest();
            long[] current = {0};
            reader.onWarning(message -> problems.add(new Problem(file, current[0], message)));
            for (Optional<WarcRecord> next = reader.next(); next.isPresent(); next = reader.next()) {
                offset = next.get().position();
                current[0] = offset;
                for (String message : mismatches(next.get())) {
                    problems.add(new Problem(file, offset, message));
                }
            }
        } catch (IOException | RuntimeException e) {
            // Reading runs ahead into the next gzip member, so the damage is in this record or the one after.
            problems.add(new Problem(file, offset, "unreadable from here on: " + e.getMessage()));
        }
        return problems;
    }

    /**
     * Verifies every bundle under {@code root/captures} and every index line: the file exists and the record at
     * the line's offset has the line's URL and digest.
     */
    public static List<Problem> verifyArchive(Path root, CdxjIndex index) throws IOException {
        List<Problem> problems = new ArrayList<>();
        Path captures = root.resolve("captures");
        if (Files.isDirectory(captures)) {
            try (Stream<Path> files = Files.walk(captures)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".warc.gz")).sorted().toList()) {
                    problems.addAll(verifyBundle(file));
                }
            }
        }
        Map<String, List<CdxjLine>> byFile = new TreeMap<>();
        index.lines().forEach(l -> byFile.computeIfAbsent(l.filename(), f -> new ArrayList<>()).add(l));
        for (Map.Entry<String, List<CdxjLine>> entry : byFile.entrySet()) {
            problems.addAll(verifyLines(root.resolve(entry.getKey()), entry.getValue()));
        }
        return problems;
    }

    /** Checks that each line's record is where the line says, and that its digests still hold. */
    public static List<Problem> verifyLines(Path file, List<CdxjLine> lines) {
        List<Problem> problems = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            problems.add(new Problem(file, 0, "the index has " + lines.size() + " lines for this missing file"));
            return problems;
        }
        for (CdxjLine line : lines) {
            try (WarcReader reader = new WarcReader(file)) {
                reader.calculateBlockDigest();
                reader.position(line.offset());
                Optional<WarcRecord> record = reader.next();
                String found = record.map(Verifier::describe).orElse("nothing");
                String expected = line.url() + " " + line.digest();
                if (!found.equals(expected)) {
                    problems.add(new Problem(file, line.offset(),
                            "the index expects " + expected + " here, found " + found));
                } else {
                    mismatches(record.get()).forEach(m -> problems.add(new Problem(file, line.offset(), m)));
                }
            } catch (IOException | RuntimeException e) {
                problems.add(new Problem(file, line.offset(),
                        "the index points at an unreadable record: " + e.getMessage()));
            }
        }
        return problems;
    }

    /** Digests the record states that its bytes do not have; reads the record to its end. */
    private static List<String> mismatches(WarcRecord record) throws IOException {
        List<String> mismatches = new ArrayList<>();
        if (record instanceof WarcCaptureRecord capture) {
            Optional<WarcPayload> payload = capture.payload();
            Optional<WarcDigest> stated = capture.payloadDigest();
            if (payload.isPresent() && stated.isPresent()) {
                digest(payload.get().body(), stated.get()).filter(d -> !d.equals(stated.get())).ifPresent(d ->
                        mismatches.add("WARC-Payload-Digest of " + capture.target() + " says " + stated.get()
                                + " but the payload hashes to " + d));
            }
        }
        Optional<WarcDigest> stated = record.blockDigest();
        Optional<WarcDigest> computed = record.calculatedBlockDigest();
        if (stated.isPresent() && computed.isPresent() && !stated.get().equals(computed.get())) {
            mismatches.add("WARC-Block-Digest says " + stated.get() + " but the block hashes to " + computed.get());
        }
        return mismatches;
    }

    /** The digest of the body with the stated digest's algorithm; empty for algorithms Java does not know. */
    private static Optional<WarcDigest> digest(MessageBody body, WarcDigest like) throws IOException {
        MessageDigest digest;
        try {
            digest = like.getDigester();
        } catch (NoSuchAlgorithmException e) {
            return Optional.empty();
        }
        ByteBuffer buffer = ByteBuffer.allocate(65536);
        while (body.read(buffer) >= 0) {
            buffer.flip();
            digest.update(buffer);
            buffer.clear();
        }
        return Optional.of(new WarcDigest(digest));
    }

    /** Target and the digest an index line carries: payload digest, else block digest. */
    private static String describe(WarcRecord record) {
        String target = record instanceof WarcTargetRecord t ? t.target() : record.type();
        Optional<WarcDigest> digest = record instanceof WarcTargetRecord t ? t.payloadDigest() : Optional.empty();
        return target + " " + digest.or(record::blockDigest).map(WarcDigest::prefixedBase32).orElse("");
    }
}
