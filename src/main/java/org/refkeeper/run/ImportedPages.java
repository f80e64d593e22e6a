package org.refkeeper.run;

import org.refkeeper.capture.Capture;
import org.refkeeper.foreign.ForeignArchive;
import org.refkeeper.foreign.SnapshotCapture;
import org.refkeeper.io.BadInputException;
import org.refkeeper.notes.CanonicalUrl;
import org.refkeeper.notes.Reference;
import org.refkeeper.notes.References;
import org.refkeeper.notes.SourceId;
import org.refkeeper.store.ArchiveStore;
import org.refkeeper.store.GoodCapture;
import org.refkeeper.store.SourceRecord;
import org.refkeeper.warc.Snapshot;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * The pages of the files being imported, each as a source the notes could have cited (canonical URL, id, no
 * citations) with the capture a run judges for it. A file that cannot be read is rejected with a line that says
 * what to do; the other files still count.
 */
public final class ImportedPages {
    // each by canonical URL
    private final Map<String, Reference> references = new LinkedHashMap<>();
    private final Map<String, Capture> captures = new LinkedHashMap<>();
    private final Map<String, String> fileOf = new LinkedHashMap<>();
    private final List<String> rejected = new ArrayList<>();
    private final List<ImportSkipped> skipped = new ArrayList<>();

    private ImportedPages() {
    }

    /** @throws BadInputException when no file gives a page to import */
    public static ImportedPages read(List<Path> files) throws BadInputException {
        if (files.isEmpty()) {
            throw new BadInputException("nothing to import; give .warc, .warc.gz or .wacz files");
        }
        ImportedPages pages = new ImportedPages();
        for (Path file : files) {
            try {
                pages.add(file, snapshots(file));
            } catch (BadInputException e) {
                pages.rejected.add(e.getMessage());
            }
        }
        if (pages.references.isEmpty()) {
            throw new BadInputException(pages.rejected.isEmpty()
                    ? files + ": no page to import; every page was skipped: " + pages.skipped.get(0)
                    : String.join("; ", pages.rejected));
        }
        return pages;
    }

    /** Every page of one file, or why the file cannot be imported. */
    private static List<Snapshot> snapshots(Path file) throws BadInputException {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(file + ": no such file; give .warc, .warc.gz or .wacz files");
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean warc = name.endsWith(".warc") || name.endsWith(".warc.gz");
        if (warc && !startsWithWarcRecord(file)) {
            throw new BadInputException(file + ": not a WARC file (it does not start with a WARC record); give WARC"
                    + " or WACZ files written by a web archiving tool");
        }
        List<Snapshot> snapshots;
        try {
            snapshots = ForeignArchive.read(file);
        } catch (IOException | RuntimeException e) {
            String what = name.endsWith(".wacz")
                    ? "refkeeper opens only well-formed WACZ files within its size limits; check where this one came from"
                    : warc ? "is the file complete?" : "give .warc, .warc.gz or .wacz files";
            throw new BadInputException(file + ": " + reason(file, e) + "; " + what);
        }
        if (snapshots.isEmpty()) {
            throw new BadInputException(file + ": no pages in it (no HTML page answered 200); nothing to import");
        }
        return snapshots;
    }

    private static boolean startsWithWarcRecord(Path file) {
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file))) {
            raw.mark(2);
            boolean gzip = raw.read() == 0x1f && raw.read() == 0x8b;
            raw.reset();
            InputStream in = gzip ? new GZIPInputStream(raw) : raw;
            return new String(in.readNBytes(5), StandardCharsets.US_ASCII).equals("WARC/");
        } catch (IOException e) {
            return false;
        }
    }

    /** The reader's words without the file name it starts with; "file@offset" as "at byte offset". */
    private static String reason(Path file, Exception e) {
        String why = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
        String at = file + "@";
        int colon = why.indexOf(": ", at.length());
        if (why.startsWith(at) && colon > at.length()) {
            return "unreadable at byte " + why.substring(at.length(), colon) + ": " + why.substring(colon + 2);
        }
        return why.startsWith(file + ": ") ? why.substring(file.toString().length() + 2) : why;
    }

    /** The file's pages, newest capture of a page kept when an import holds several. */
    private void add(Path file, List<Snapshot> snapshots) {
        for (Snapshot snapshot : snapshots) {
            Optional<CanonicalUrl> url = canonical(snapshot.url());
            Optional<Capture> capture = SnapshotCapture.of(snapshot);
            if (url.isEmpty()) {
                skipped.add(new ImportSkipped(file.toString(), snapshot.url(), "not an http(s) page"));
            } else if (capture.isEmpty()) {
                skipped.add(new ImportSkipped(file.toString(), snapshot.url(), "the file holds no response for it"));
            } else if (captures.containsKey(url.get().url())
                    && !captures.get(url.get().url()).started().isBefore(capture.get().started())) {
                skipped.add(new ImportSkipped(file.toString(), snapshot.url(), "a later capture of it is imported"));
            } else {
                String key = url.get().url();
                references.put(key, new Reference(key, SourceId.of(url.get()), List.of()));
                Capture earlier = captures.put(key, capture.get());
                String earlierFile = fileOf.put(key, file.toString());
                if (earlier != null) {
                    skipped.add(new ImportSkipped(earlierFile, earlier.url(), "a later capture of it is imported"));
                }
            }
        }
    }

    private static Optional<CanonicalUrl> canonical(String url) {
        try {
            return Optional.of(CanonicalUrl.of(url));
        } catch (BadInputException e) {
            return Optional.empty();
        }
    }

    /**
     * Leaves out pages the archive already holds a later good capture of: an old copy from a file must not take
     * the place of a newer one.
     */
    public void dropOlderThanArchive(ArchiveStore store) throws IOException {
        for (var it = references.entrySet().iterator(); it.hasNext(); ) {
            var e = it.next();
            Capture capture = captures.get(e.getKey());
            Optional<Instant> lastGood = store.source(e.getValue().id().toString())
                    .flatMap(SourceRecord::lastGood).map(GoodCapture::at);
            if (lastGood.isPresent() && capture.started().isBefore(lastGood.get())) {
                skipped.add(new ImportSkipped(fileOf.get(e.getKey()), capture.url(),
                        "older than the archive's last good capture (" + lastGood.get() + ")"));
                captures.remove(e.getKey());
                it.remove();
            }
        }
    }

    public References references() {
        return new References(List.copyOf(references.values()), List.of());
    }

    /** A fresh capturer for a run's worker; every one hands out the same prepared captures. */
    public Capturer capturer(Clock clock) {
        return new ImportCapturer(captures, clock);
    }

    public List<String> rejected() {
        return rejected;
    }

    public List<ImportSkipped> skipped() {
        return skipped;
    }
}
