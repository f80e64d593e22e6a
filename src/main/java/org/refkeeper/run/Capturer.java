package org.refkeeper.run;

import org.refkeeper.page.Capture;
import org.refkeeper.page.Glance;
import org.refkeeper.index.CdxjIndex;
import org.refkeeper.warc.Bundle;
import org.refkeeper.warc.BundleWriter;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Where a run's captures come from: a worker's browser (its own Chromium, or its pages in the run's shared one), or
 * captures read from a file being imported.
 * One per worker thread; closed by the thread that opened it.
 */
public interface Capturer extends AutoCloseable {
    /** Captures nothing: stands for the capturer of a judgement made without a page (an error, a host's wall). */
    Capturer NONE = new Capturer() {
        @Override
        public Capture capture(String url) throws IOException {
            throw new IOException(url + ": no capturer");
        }

        @Override
        public boolean loadsPages() {
            return false;
        }

        @Override
        public void close() {
        }
    };

    Capture capture(String url) throws IOException;

    /**
     * Captures {@code url}, ending early when {@code glance} finds the loaded page settles the check. A capturer
     * that cannot end early (an import: its captures are made already) captures in full and never asks.
     */
    default Capture capture(String url, Glance glance) throws IOException {
        return capture(url);
    }

    /**
     * Writes the bundle of a capture this capturer made, at {@code root/relativePath}: a browser's capture as
     * {@link BundleWriter} records it.
     *
     * @param index the archive's index now: payloads earlier bundles hold become revisit records
     */
    default Bundle write(Path root, String relativePath, CdxjIndex index, Capture capture, String mainText,
                         String metadataJson) throws IOException {
        try (BundleWriter writer = BundleWriter.create(root, relativePath, index)) {
            writer.write(capture, mainText, metadataJson);
            return writer.finish();
        }
    }

    /**
     * Whether the browser server this capturer used was lost during its last capture: that check does not count,
     * its source goes back to the run, and this capturer is done (browsers.BrowserEndpoints).
     */
    default boolean lost() {
        return false;
    }

    /** Whether its captures are of pages loaded now (a browser), rather than made already (an import). */
    default boolean loadsPages() {
        return true;
    }

    @Override
    void close();

    /** Opens one capturer for one worker thread. */
    @FunctionalInterface
    interface Factory {
        Capturer open() throws IOException;
    }
}
