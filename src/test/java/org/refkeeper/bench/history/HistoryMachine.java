package org.refkeeper.bench.history;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine the history bench ran on, and how busy it was. */
final class HistoryMachine {
    private HistoryMachine() {
    }

    static String describe() {
        try {
            String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().orElse("unknown").replaceFirst(".*:\\s*", "");
            String load = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
            return String.format("Machine: %s, %d cores; Java %s; load average %s at the end.", cpu,
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), load);
        } catch (IOException e) {
            return "Machine: unknown (" + e.getMessage() + ")";
        }
    }
}
