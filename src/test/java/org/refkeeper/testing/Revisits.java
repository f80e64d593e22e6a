package org.refkeeper.testing;

import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRevisit;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** What a WARC file's revisit records claim, read with jwarc. */
public final class Revisits {
    private Revisits() {
    }

    /** "url date" of every revisit record in the file, with the payload digest it claims. */
    public static Map<String, String> digests(Path file) throws IOException {
        Map<String, String> digests = new HashMap<>();
        try (WarcReader reader = new WarcReader(file)) {
            for (WarcRecord record : reader) {
                if (record instanceof WarcRevisit revisit) {
                    digests.put(revisit.target() + " " + revisit.date(), revisit.payloadDigest().orElseThrow().toString());
                }
            }
        }
        return digests;
    }
}
