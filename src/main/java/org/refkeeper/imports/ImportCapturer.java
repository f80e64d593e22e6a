package org.refkeeper.imports;

import org.refkeeper.run.Capturer;
import org.refkeeper.page.Capture;
import org.refkeeper.page.Failure;
import org.refkeeper.foreign.ForeignImport;
import org.refkeeper.foreign.ForeignPage;
import org.refkeeper.index.CdxjIndex;
import org.refkeeper.records.CopiedRecords;
import org.refkeeper.records.ImportBundleWriter;
import org.refkeeper.warc.Bundle;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * Hands a run the pages of imported files instead of opening a browser: each capture is read from the files
 * when the run asks for it (one page's bodies in memory at a time), and its bundle is written from the files'
 * own records, copied as they were.
 */
final class ImportCapturer implements Capturer {
    private final Map<String, ForeignPage> pages;
    private final ForeignImport files;
    private final CopiedRecords copied;
    private final Clock clock;
    /** The page of the capture handed out last: the run writes a capture's bundle right after judging it. */
    private ForeignPage current;
    private Capture currentCapture;

    /** @param pages by canonical URL */
    ImportCapturer(Map<String, ForeignPage> pages, ForeignImport files, CopiedRecords copied, Clock clock) {
        this.pages = Map.copyOf(pages);
        this.files = files;
        this.copied = copied;
        this.clock = clock;
    }

    /** A URL the files do not hold (a page's announced new address) is one that could not be reached. */
    @Override
    public boolean loadsPages() {
        return false;
    }

    @Override
    public Capture capture(String url) throws IOException {
        ForeignPage page = pages.get(url);
        if (page == null) {
            return Capture.failed(url, clock.instant(), new Failure(Failure.Kind.CONNECTION, "not in the imported files"));
        }
        current = page;
        currentCapture = files.capture(page);
        return currentCapture;
    }

    @Override
    public Bundle write(Path root, String relativePath, CdxjIndex index, Capture capture, String mainText,
                        String metadataJson) throws IOException {
        if (capture != currentCapture) {
            throw new IOException(capture.url() + ": not the page last read from the imported files");
        }
        try (ImportBundleWriter writer = ImportBundleWriter.create(root, relativePath, files.spool(), copied, index)) {
            writer.write(current.records(), capture.finalUrl(), mainText, metadataJson);
            return writer.finish();
        }
    }

    @Override
    public void close() {
        current = null;
        currentCapture = null;
    }
}
