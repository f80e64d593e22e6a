package org.refkeeper.run;

import org.refkeeper.capture.Capture;
import org.refkeeper.capture.Failure;

import java.time.Clock;
import java.util.Map;

/** Hands a run the captures read from imported files instead of opening a browser. */
record ImportCapturer(Map<String, Capture> captures, Clock clock) implements Capturer {
    ImportCapturer {
        captures = Map.copyOf(captures);
    }

    /** A URL the files do not hold (a page's announced new address) is one that could not be reached. */
    @Override
    public Capture capture(String url) {
        Capture capture = captures.get(url);
        return capture != null ? capture : Capture.failed(url, clock.instant(),
                new Failure(Failure.Kind.CONNECTION, "not in the imported files"));
    }

    @Override
    public void close() {
        // nothing held: the captures are in memory
    }
}
