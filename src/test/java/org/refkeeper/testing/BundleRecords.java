package org.refkeeper.testing;

import org.netpreserve.jwarc.MessageHeaders;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The records of a WARC file as written: version, fields, block bytes. */
public final class BundleRecords {
    private BundleRecords() {
    }

    public record Rec(String version, MessageHeaders fields, byte[] block) {
        public String type() {
            return fields.sole("WARC-Type").orElse("");
        }

        /** WARC-Target-URI as written (with brackets, if the writer put them there). */
        public String target() {
            return fields.sole("WARC-Target-URI").orElse("");
        }

        public String field(String name) {
            return fields.sole(name).orElse("");
        }
    }

    public static List<Rec> of(Path warc) throws IOException {
        List<Rec> records = new ArrayList<>();
        try (WarcReader reader = new WarcReader(warc)) {
            for (WarcRecord r : reader) {
                records.add(new Rec(r.version().toString(), r.headers(), r.body().stream().readAllBytes()));
            }
        }
        return records;
    }

    /** Every bundle under an archive's captures/, sorted. */
    public static List<Path> bundles(Path archive) throws IOException {
        try (Stream<Path> files = Files.walk(archive.resolve("captures"))) {
            return files.filter(f -> f.toString().endsWith(".warc.gz")).sorted().toList();
        }
    }

    /** Every bundle passes jwarc's validator (headers, digests, lengths), or the failure names the bundle. */
    public static void assertAllValid(Path archive) throws Exception {
        for (Path bundle : bundles(archive)) {
            if (!JwarcValidation.validates(bundle)) {
                throw new AssertionError("jwarc validate fails on " + bundle + ": "
                        + JwarcValidation.headerViolations(bundle));
            }
        }
    }
}
