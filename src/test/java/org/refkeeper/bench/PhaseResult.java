package org.refkeeper.bench;

import java.util.Map;
import java.util.TreeMap;

/**
 * What one phase measured, per page where it makes sense.
 *
 * @param cpuByRole     CPU seconds by process role (jvm, driver, chromium:renderer, ...), as sampled
 * @param jvmThreads    the JVM's CPU seconds by thread name, as sampled (JVM start-up included)
 * @param archiveBytes  what the archive folder grew by (apparent size, .git included)
 * @param lazyFetched   lazy pictures the site sent in full during the phase
 * @param loadBefore    the machine's 1-minute load average when the phase started
 */
record PhaseResult(String name, String label, int pages, double wallSeconds, double jvmCpu, double jvmCpuTotal,
                   Map<String, Double> cpuByRole, Map<String, Double> jvmThreads, long jvmPeakRss, long chromiumPeakRss,
                   long chromiumPeakPss, long archiveBytes, int lazyCaptured, int lazyPresent, int lazyFetched,
                   Map<String, String> extra, double loadBefore, double loadAfter) {
    PhaseResult {
        cpuByRole = new TreeMap<>(cpuByRole);
        jvmThreads = new TreeMap<>(jvmThreads);
        extra = new TreeMap<>(extra);
    }

    double pagesPerSecond() {
        return pages / wallSeconds;
    }

    double chromiumCpu() {
        return cpuByRole.entrySet().stream().filter(e -> e.getKey().startsWith("chromium:")).mapToDouble(Map.Entry::getValue).sum();
    }

    double driverCpu() {
        return cpuByRole.getOrDefault("driver", 0.0);
    }

    double perPage(double total) {
        return total / pages;
    }
}
