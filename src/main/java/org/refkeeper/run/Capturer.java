package org.refkeeper.run;

import org.refkeeper.capture.Capture;

import java.io.IOException;

/**
 * Where a run's captures come from: a worker's own Chromium, or captures read from a file being imported.
 * One per worker thread; closed by the thread that opened it.
 */
public interface Capturer extends AutoCloseable {
    Capture capture(String url) throws IOException;

    @Override
    void close();

    /** Opens one capturer for one worker thread. */
    @FunctionalInterface
    interface Factory {
        Capturer open() throws IOException;
    }
}
