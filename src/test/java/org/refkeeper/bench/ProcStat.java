package org.refkeeper.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One line of {@code /proc/<pid>/stat}, the fields the benchmark needs. CPU times are in clock ticks
 * (1/100 s on Linux); {@code childTicks} is what this process's waited-for children used, counted once they end.
 */
record ProcStat(long pid, String comm, long ppid, long ownTicks, long childTicks, long startTicks, long rssPages) {
    static final double TICKS_PER_SECOND = 100;

    /** Parses a stat line; the command name is in parentheses and may itself hold spaces and parentheses. */
    static ProcStat parse(String line) {
        int open = line.indexOf('(');
        int close = line.lastIndexOf(')');
        String[] f = line.substring(close + 2).trim().split(" ");
        // f[0] is field 3 (state); field n is f[n - 3]
        return new ProcStat(Long.parseLong(line.substring(0, open).trim()), line.substring(open + 1, close),
                Long.parseLong(f[1]), Long.parseLong(f[11]) + Long.parseLong(f[12]),
                Long.parseLong(f[13]) + Long.parseLong(f[14]), Long.parseLong(f[19]), Long.parseLong(f[21]));
    }

    /** The process's stat now; empty once it has ended (or was never there). */
    static Optional<ProcStat> read(long pid) {
        try {
            return Optional.of(parse(Files.readString(Path.of("/proc", Long.toString(pid), "stat"))));
        } catch (IOException | RuntimeException gone) {
            return Optional.empty();
        }
    }

    /** One thread's stat: {@code /proc/<pid>/task/<tid>/stat}, whose pid field is the thread id. */
    static Optional<ProcStat> read(long pid, long tid) {
        try {
            return Optional.of(parse(Files.readString(Path.of("/proc", Long.toString(pid), "task", Long.toString(tid), "stat"))));
        } catch (IOException | RuntimeException gone) {
            return Optional.empty();
        }
    }

    double ownSeconds() {
        return ownTicks / TICKS_PER_SECOND;
    }
}
