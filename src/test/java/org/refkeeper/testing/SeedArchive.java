package org.refkeeper.testing;

import org.refkeeper.Archive;
import org.refkeeper.RunOptions;
import org.refkeeper.chromium.BrowserSettings;
import org.refkeeper.demo.LocalSite;
import org.refkeeper.demo.SiteResponse;
import org.refkeeper.io.FileTrees;
import org.refkeeper.run.RunListener;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * An archive of the seed note in which the web made some sources vanish ({@link SeedWeb}): one run while every
 * source was there, one after some went; a second note cites a PDF, and a WACZ written by another tool is
 * imported, so that captures without a screenshot are there too. Built once per test JVM (about a minute) in
 * {@code target/seed-archive/}, and shared by every test class that reads it; no test may change it.
 */
public final class SeedArchive {
    public static final String PDF = "https://papers.example.org/seed-companion.pdf";
    public static final String PDF_TEXT = "A companion paper kept as a file";
    /** The page the imported WACZ holds (ArchiveWeb.page wrote it, without a screenshot). */
    public static final String IMPORTED = "https://webrecorder.net/";
    private static SeedArchive built;

    public final Path root;
    /** The seed note as the archive's runs read it. */
    public final Path seed;
    /** The second note, citing the PDF. */
    public final Path papers;

    private SeedArchive(Path root, Path seed, Path papers) {
        this.root = root;
        this.seed = seed;
        this.papers = papers;
    }

    public static synchronized SeedArchive get() {
        if (built == null) {
            try {
                built = build();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot build the seed archive", e);
            }
        }
        return built;
    }

    public Archive open() {
        return Archive.open(root);
    }

    private static SeedArchive build() throws IOException {
        Path dir = FixtureFiles.dir().getParent().resolve("seed-archive");
        FileTrees.delete(dir); // an earlier test JVM's

        Path root = dir.resolve("archive");
        Path papers = dir.resolve("notes/papers.md");
        Files.createDirectories(papers.getParent());
        Files.writeString(papers, "# Papers\n\n- [The companion paper](" + PDF + ")\n");
        try (LocalSite site = LocalSite.start()) {
            SeedWeb web = SeedWeb.on(site);
            site.route("papers.example.org", "/seed-companion.pdf",
                    SiteResponse.of(200, "application/pdf", Pdfs.showing(PDF_TEXT)));
            BrowserSettings browser = new BrowserSettings(Optional.empty(), true, Optional.empty(), site.browserArgs(),
                    Duration.ofSeconds(30), 2);
            RunOptions options = new RunOptions(List.of(Seeds.note(), papers), browser, Optional.of(0L));
            try (Archive archive = Archive.open(root)) {
                archive.run(options, RunListener.NONE);
                web.breakSome();
                archive.run(options, RunListener.NONE);
                archive.importFiles(List.of(RealWorld.dir().resolve("warc/example.wacz")), RunListener.NONE);
            }
        }
        return new SeedArchive(root, Seeds.note(), papers);
    }
}
