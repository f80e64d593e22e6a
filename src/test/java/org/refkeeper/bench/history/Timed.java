package org.refkeeper.bench.history;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * One operation timed a few times over in a warm JVM: the median and the first (which pays for classes loaded and
 * the file system's cache), in wall time and in CPU time of the whole JVM (all its threads, GC and JIT included).
 * On a machine shared with other work CPU time is the steadier of the two.
 */
record Timed(String what, long firstMillis, long medianMillis, long medianCpuMillis) {
    @FunctionalInterface
    interface Operation {
        void run() throws Exception;
    }

    static Timed of(String what, int times, Operation op) throws Exception {
        List<Long> wall = new ArrayList<>();
        List<Long> cpu = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            long c0 = cpuNanos();
            long t0 = System.nanoTime();
            op.run();
            wall.add((System.nanoTime() - t0) / 1_000_000);
            cpu.add((cpuNanos() - c0) / 1_000_000);
        }
        return new Timed(what, wall.get(0), median(wall), median(cpu));
    }

    /** CPU time of this JVM so far. */
    static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long median(List<Long> xs) {
        return xs.stream().sorted().toList().get(xs.size() / 2);
    }
}
