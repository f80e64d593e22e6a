package org.refkeeper.foreign;

import org.refkeeper.index.CdxjIndex;
import org.refkeeper.index.CdxjLine;
import org.refkeeper.records.ForeignRecord;

import org.refkeeper.warc.UrlKey;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the payload of each revisit record of an import is stored in full: the record WARC-Refers-To names,
 * the one WARC-Refers-To-Target-URI and -Date name, or the first with the same payload digest; first among all
 * the files of the import, then in the archive.
 */
final class Originals {
    private static final int MAX_HOPS = 8;

    /** The full record a revisit stands for. */
    sealed interface Original permits InImport, InArchive {
    }

    record InImport(ForeignRecord record) implements Original {
    }

    record InArchive(CdxjLine line) implements Original {
    }

    /** Several records may carry one id: tools that number their records anew in every file. */
    private final Map<String, List<ForeignRecord>> byId = new HashMap<>();
    private final Map<String, ForeignRecord> byCapture = new HashMap<>();
    private final Map<String, ForeignRecord> byDigest = new HashMap<>();
    private final CdxjIndex archive;

    Originals(List<ForeignRecord> records, CdxjIndex archive) {
        this.archive = archive;
        List<ForeignRecord> byDate = records.stream().sorted(Comparator.comparing(ForeignRecord::date)).toList();
        for (ForeignRecord r : byDate) {
            r.id().ifPresent(id -> byId.computeIfAbsent(id, i -> new ArrayList<>()).add(r));
            if (!isFull(r)) {
                continue;
            }
            byCapture.putIfAbsent(capture(r.target(), r.date()), r);
            r.statedPayloadDigest().ifPresent(d -> byDigest.putIfAbsent(d, r));
            r.payloadDigest().ifPresent(d -> byDigest.putIfAbsent(d, r));
        }
    }

    /** A response or resource with its payload in it (a truncated one is no original for others). */
    static boolean isFull(ForeignRecord r) {
        return (r.type().equals("response") || r.type().equals("resource")) && !r.truncated();
    }

    /** Where the revisit's payload is; empty when neither the import nor the archive holds it. */
    Optional<Original> of(ForeignRecord revisit) {
        ForeignRecord current = revisit;
        for (int hop = 0; hop < MAX_HOPS && current.type().equals("revisit"); hop++) {
            Optional<ForeignRecord> next = inImport(current);
            if (next.isEmpty()) {
                return inArchive(current).map(InArchive::new);
            }
            current = next.get();
        }
        return isFull(current) ? Optional.of(new InImport(current)) : Optional.empty();
    }

    private Optional<ForeignRecord> inImport(ForeignRecord revisit) {
        Optional<ForeignRecord> named = revisit.refersTo().stream().flatMap(id -> byId.getOrDefault(id, List.of())
                .stream()).filter(r -> r != revisit && isOriginalOf(r, revisit)).findFirst();
        if (named.isPresent()) {
            return named;
        }
        Optional<ForeignRecord> atDate = revisit.refersToDate().map(date -> byCapture.get(
                capture(revisit.refersToTarget().orElse(revisit.target()), date)));
        if (atDate.isPresent()) {
            return atDate;
        }
        return revisit.statedPayloadDigest().map(byDigest::get);
    }

    /**
     * Whether the record WARC-Refers-To names can be the revisit's original: its URL is the one the revisit refers
     * to, and its payload digest, where both state one, is the revisit's. An id another record also carries
     * names the wrong record otherwise.
     */
    private static boolean isOriginalOf(ForeignRecord r, ForeignRecord revisit) {
        String url = UrlKey.of(revisit.refersToTarget().orElse(revisit.target()));
        Optional<String> digest = revisit.statedPayloadDigest();
        return UrlKey.of(r.target()).equals(url) && (digest.isEmpty() || r.type().equals("revisit")
                || digest.equals(r.statedPayloadDigest()) || digest.equals(r.payloadDigest()));
    }

    private Optional<CdxjLine> inArchive(ForeignRecord revisit) {
        Optional<Instant> date = revisit.refersToDate();
        Optional<CdxjLine> atDate = date.flatMap(d -> archive.capture(revisit.refersToTarget()
                .orElse(revisit.target()), d));
        return atDate.isPresent() ? atDate : revisit.statedPayloadDigest().flatMap(archive::original);
    }

    private static String capture(String url, Instant date) {
        return url + " " + date.getEpochSecond();
    }
}
