package org.refkeeper.bench;

import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The measured window of a child JVM: wall time and this JVM's own CPU time between {@link #open} and
 * {@link #close}, and its peak resident memory. A child writes it, with its own findings, for the bench to read.
 */
final class Window {
    private final long startNanos = System.nanoTime();
    private final long startEpochMillis = System.currentTimeMillis();
    private final long startCpuNanos = cpuNanos();
    private final Map<String, String> values = new TreeMap<>();

    private Window() {
    }

    static Window open() {
        return new Window();
    }

    Window put(String key, Object value) {
        values.put(key, String.valueOf(value));
        return this;
    }

    /** Ends the window and writes it with everything put into it to {@code file}. */
    void close(Path file) throws IOException {
        long wall = System.nanoTime() - startNanos;
        put("wallSeconds", wall / 1e9);
        long cpu = cpuNanos();
        put("jvmCpuSeconds", (cpu - startCpuNanos) / 1e9);
        put("jvmCpuTotalSeconds", cpu / 1e9);
        put("windowStartMillis", startEpochMillis);
        put("windowEndMillis", System.currentTimeMillis());
        put("jvmPeakRssBytes", status("VmHWM:"));
        put("jvmDiskWriteBytes", io("write_bytes:"));
        Properties out = new Properties();
        out.putAll(values);
        try (Writer w = Files.newBufferedWriter(file)) {
            out.store(w, "bench child");
        }
    }

    static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** A count in /proc/self/io: {@code write_bytes} is what this JVM sent towards the disk. */
    private static long io(String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/io"))) {
            if (line.startsWith(field)) {
                return Long.parseLong(line.substring(field.length()).trim());
            }
        }
        return 0;
    }

    /** A size in /proc/self/status, in bytes. */
    private static long status(String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith(field)) {
                return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
            }
        }
        return 0;
    }
}
