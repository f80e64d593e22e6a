package org.refkeeper.bench.history;

import java.util.ArrayList;
import java.util.List;

/**
 * One operation timed a few times over in a warm JVM: the median, and the first (which pays for classes loaded
 * and the file system's cache).
 */
record Timed(String what, long firstMillis, long medianMillis) {
    @FunctionalInterface
    interface Operation {
        void run() throws Exception;
    }

    static Timed of(String what, int times, Operation op) throws Exception {
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            long t0 = System.nanoTime();
            op.run();
            millis.add((System.nanoTime() - t0) / 1_000_000);
        }
        List<Long> sorted = millis.stream().sorted().toList();
        return new Timed(what, millis.get(0), sorted.get(sorted.size() / 2));
    }
}
