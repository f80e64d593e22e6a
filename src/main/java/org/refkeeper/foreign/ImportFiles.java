package org.refkeeper.foreign;

import org.refkeeper.wacz.ListedPage;
import org.refkeeper.wacz.PagesJsonl;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.refkeeper.records.ForeignRecord;
import org.refkeeper.records.RecordProblem;
import org.refkeeper.records.Segments;
import org.refkeeper.records.Spool;
import org.refkeeper.records.WarcFileReader;
import org.refkeeper.wacz.DataPackage;
import org.refkeeper.wacz.WaczFile;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every record of the files one import is given (WARC, ARC, WACZ), read leniently into one {@link Spool}:
 * what the pages of the import are made of. A file that cannot be read at all is rejected with a line that says
 * what to do; a record that cannot be read is reported and skipped.
 */
public final class ImportFiles implements Closeable {
    private final Spool spool;
    private final List<ForeignRecord> records = new ArrayList<>();
    private final List<RecordProblem> problems = new ArrayList<>();
    private final List<String> rejected = new ArrayList<>();
    /** The page list of each WACZ, by the names its WARCs' records give as their source. */
    private final Map<String, List<ListedPage>> listed = new LinkedHashMap<>();
    /** The file given for each source a record names (a WACZ for the WARCs inside it). */
    private final Map<String, Path> fileOf = new LinkedHashMap<>();

    private ImportFiles(Spool spool) {
        this.spool = spool;
    }

    public static ImportFiles read(List<Path> files) throws IOException {
        ImportFiles read = new ImportFiles(Spool.create());
        try {
            for (Path file : files) {
                read.add(file);
            }
            List<ForeignRecord> joined = Segments.join(read.records, read.spool, read.problems::add);
            read.records.clear();
            read.records.addAll(joined);
            return read;
        } catch (IOException | RuntimeException e) {
            read.close();
            throw e;
        }
    }

    private void add(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            rejected.add(file + (Files.isDirectory(file) ? ": a folder" : Files.exists(file)
                    ? ": not a regular file (a device or a pipe)" : ": no such file") + "; give WARC, ARC or WACZ files");
            return;
        }
        FileKind kind = FileKind.of(file);
        int before = records.size();
        try {
            switch (kind) {
                case WARC, ARC -> records.addAll(warc(file, file.toString(), file));
                case WACZ -> wacz(file);
                case ZSTD -> {
                    rejected.add(file + ": a Zstandard-compressed file (as ArchiveTeam writes .warc.zst); refkeeper "
                            + "reads WARC files plain or gzipped: unpack it to a .warc first");
                    return;
                }
                case OTHER -> {
                    rejected.add(file + (Files.size(file) == 0 ? ": an empty file (0 bytes)"
                            : ": not a WARC, ARC or WACZ file (it starts with no WARC record and no zip header)")
                            + "; give files written by a web archiving tool");
                    return;
                }
            }
        } catch (IOException e) {
            rejected.add(file + ": " + ImportWords.of(file, e) + (kind == FileKind.WACZ
                    ? "; not imported: refkeeper opens only well-formed WACZ files within its size limits (get an "
                    + "intact copy of the package)" : ""));
            return;
        }
        if (records.size() == before) {
            rejected.add(file + ": no record in it could be read; nothing to import");
        }
    }

    private List<ForeignRecord> warc(Path warc, String name, Path given) throws IOException {
        fileOf.put(name, given);
        fileOf.put(name + " (unpacked)", given);
        return WarcFileReader.read(warc, name, spool, problems::add);
    }

    /** The WARCs under {@code archive/}, each unpacked to a temporary file first (entries are not seekable). */
    private void wacz(Path file) throws IOException {
        try (WaczFile wacz = WaczFile.open(file)) {
            List<ZipArchiveEntry> warcs = wacz.warcs();
            if (warcs.isEmpty()) {
                throw new IOException(file + ": no WARC files under archive/");
            }
            DataPackage listing = DataPackage.read(wacz);
            listing.problems().forEach(p -> problems.add(new RecordProblem(file + "!datapackage.json", -1, p
                    + "; the entries were imported as they are (get an intact copy of the package if you can)")));
            List<ListedPage> pages = new ArrayList<>();
            for (String list : List.of("pages/pages.jsonl", "pages/extraPages.jsonl")) {
                if (wacz.entry(list).isPresent()) {
                    MessageDigest digest = DataPackage.digester();
                    try (DigestInputStream in = new DigestInputStream(wacz.open(wacz.entry(list).get()), digest)) {
                        pages.addAll(PagesJsonl.read(in, file + "!" + list, problems::add));
                    }
                    check(listing, file, wacz.entry(list).get(), digest);
                }
            }
            List<ForeignRecord> read = new ArrayList<>();
            for (ZipArchiveEntry entry : warcs) {
                Path temp = Files.createTempFile("refkeeper-wacz-", ".warc");
                try {
                    MessageDigest digest = DataPackage.digester();
                    try (InputStream in = new DigestInputStream(wacz.open(entry), digest)) {
                        Files.copy(in, temp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    }
                    check(listing, file, entry, digest);
                    String name = file + "!" + entry.getName();
                    read.addAll(warc(temp, name, file));
                    listed.put(name, pages);
                    listed.put(name + " (unpacked)", pages);
                } finally {
                    Files.deleteIfExists(temp);
                }
            }
            records.addAll(read);
        }
    }

    /** An entry whose bytes are not those datapackage.json lists is imported, and said to be. */
    private void check(DataPackage listing, Path file, ZipArchiveEntry entry, MessageDigest digest) {
        listing.mismatch(entry.getName(), digest.digest(), entry.getSize()).ifPresent(why -> problems.add(
                new RecordProblem(file + "!" + entry.getName(), -1, why + ": the package changed after it was "
                        + "written, or is damaged; imported as it is (get an intact copy of the package if you can)")));
    }

    /** Every record read, file after file, each file's in its order. */
    public List<ForeignRecord> records() {
        return records;
    }

    /** The WACZ page list that covers a record's source; empty for a WARC given on its own. */
    public List<ListedPage> listed(String source) {
        return listed.getOrDefault(source, List.of());
    }

    /** The file given on the command line that a record's source is, or is in. */
    public Path fileOf(String source) {
        return fileOf.get(source);
    }

    public Spool spool() {
        return spool;
    }

    public List<RecordProblem> problems() {
        return problems;
    }

    public List<String> rejected() {
        return rejected;
    }

    @Override
    public void close() throws IOException {
        spool.close();
    }
}
