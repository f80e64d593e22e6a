package org.refkeeper.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The machine a benchmark ran on, and how busy it is. */
final class Machine {
    private Machine() {
    }

    static String describe() {
        String cpu = grep("/proc/cpuinfo", "model name").replaceFirst(".*:\\s*", "");
        long memKib = Long.parseLong(grep("/proc/meminfo", "MemTotal").replaceAll("\\D", ""));
        return String.format("%s, %d cores, %.1f GiB; Java %s (%s); %s; Linux %s; load %.2f",
                cpu, Runtime.getRuntime().availableProcessors(), memKib / 1048576.0, System.getProperty("java.version"),
                System.getProperty("java.vm.name"), chromiumVersion(), System.getProperty("os.version"), load());
    }

    /** The 1-minute load average. */
    static double load() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    private static String chromiumVersion() {
        try {
            Process p = new ProcessBuilder(PlainLoop.CHROMIUM, "--version").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes()).trim();
            p.waitFor();
            return out;
        } catch (IOException e) {
            return "Chromium: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "Chromium: unknown";
        }
    }

    private static String grep(String file, String prefix) {
        try {
            List<String> lines = Files.readAllLines(Path.of(file));
            return lines.stream().filter(l -> l.startsWith(prefix)).findFirst().orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
