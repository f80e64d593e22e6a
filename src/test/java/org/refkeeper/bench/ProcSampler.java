package org.refkeeper.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Samples a process tree from /proc: the CPU each role used (the JVM, Playwright's driver, each kind of Chromium
 * process), and the peak resident memory of the JVM and of all Chromium processes together.
 * <p>
 * Chromium starts and ends processes all the time (a renderer per site and context), and a process's last
 * moments fall between two samples. Those are recovered from the parent: when a child is reaped, its whole CPU
 * time is added to the parent's children time, so the parent's growth minus what was last seen of its ended
 * children is their unseen tail.
 */
final class ProcSampler implements Runnable {
    private static final long PAGE = 4096;
    /** Reading PSS walks every mapping: three times the cost of the rest of a sample, so every 20th sample only. */
    private static final int PSS_EVERY = 20;

    private final long root;
    private final long intervalMillis;
    private final String rootRole;
    private final Map<Key, Proc> live = new HashMap<>();
    private final Map<String, Double> endedTicks = new TreeMap<>();
    private final List<Sample> series = new ArrayList<>();
    private final Map<Long, ProcStat> jvmThreads = new HashMap<>();
    /** Processes outside the tree at the last sample; a new one under the same pid is unlisted in between. */
    private final Set<Long> strangers = new HashSet<>();
    private long peakJvmRss;
    private long peakChromiumRss;
    private long peakChromiumPss;
    private long samples;
    private volatile boolean stop;

    /** A process, by pid and start time: pids are reused. */
    private record Key(long pid, long start) {
    }

    private static final class Proc {
        final Key key;
        final Key parent;
        String role;
        ProcStat last;

        Proc(Key key, Key parent, String role, ProcStat last) {
            this.key = key;
            this.parent = parent;
            this.role = role;
            this.last = last;
        }
    }

    /** In a {@link Sample}: the JVM's main thread ("java" to the kernel) and refkeeper's own threads. */
    static final String RUN_THREADS = "jvm:run threads";
    /** In a {@link Sample}: the JVM's other threads: JIT compilers, GC, Playwright's message reader and writer. */
    static final String OTHER_THREADS = "jvm:other threads";

    /**
     * CPU seconds used so far by each role, and by the JVM's run threads and other threads, at one moment: the
     * profile lines these up with where the run's threads were.
     */
    record Sample(long epochMillis, Map<String, Double> cpuSeconds) {
    }

    ProcSampler(long root, long intervalMillis) {
        this(root, intervalMillis, "jvm");
    }

    /** Samples the tree under {@code root}, which plays {@code rootRole}. */
    ProcSampler(long root, long intervalMillis, String rootRole) {
        this.root = root;
        this.intervalMillis = intervalMillis;
        this.rootRole = rootRole;
    }

    private volatile double ownCpuSeconds;

    @Override
    public void run() {
        try {
            while (!stop) {
                sample();
                Thread.sleep(intervalMillis);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            ownCpuSeconds = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1e9;
        }
    }

    /** The CPU this sampler used, once its thread has ended: it shares the machine with what it measures. */
    double ownCpuSeconds() {
        return ownCpuSeconds;
    }

    void stop() {
        stop = true;
    }

    /** Takes one sample: who is in the tree now, what each used, and the tails of those that ended. */
    synchronized void sample() {
        Map<Long, ProcStat> all = new HashMap<>();
        Set<Long> listed = new HashSet<>();
        try (DirectoryStream<Path> proc = Files.newDirectoryStream(Path.of("/proc"), p -> p.getFileName().toString().chars().allMatch(Character::isDigit))) {
            for (Path p : proc) {
                long pid = Long.parseLong(p.getFileName().toString());
                listed.add(pid);
                // a process listed last time and not in the tree then is not in it now: only read the others
                if (!strangers.contains(pid)) {
                    ProcStat.read(pid).ifPresent(s -> all.put(s.pid(), s));
                }
            }
        } catch (IOException e) {
            return;
        }
        Map<Key, ProcStat> now = new HashMap<>();
        Map<Long, Key> members = new HashMap<>();
        ProcStat r = all.get(root);
        if (r != null) {
            members.put(root, new Key(root, r.startTicks()));
            now.put(members.get(root), r);
        }
        for (boolean grew = true; grew; ) {
            grew = false;
            for (ProcStat s : all.values()) {
                if (!members.containsKey(s.pid()) && members.containsKey(s.ppid())) {
                    Key k = new Key(s.pid(), s.startTicks());
                    members.put(s.pid(), k);
                    now.put(k, s);
                    grew = true;
                }
            }
        }
        strangers.clear();
        for (long pid : listed) {
            if (!members.containsKey(pid)) {
                strangers.add(pid);
            }
        }
        Set<Key> ended = new HashSet<>(live.keySet());
        ended.removeAll(now.keySet());
        recoverTails(ended, now);
        for (Map.Entry<Key, ProcStat> e : now.entrySet()) {
            Proc p = live.get(e.getKey());
            if (p == null) {
                Key parent = members.get(e.getValue().ppid());
                live.put(e.getKey(), new Proc(e.getKey(), parent, role(e.getValue()), e.getValue()));
            } else {
                // a process that execs another program (jspawnhelper becoming node) or a zygote's child that renames
                // itself once it knows its type is what it became, for all its time
                if (!p.last.comm().equals(e.getValue().comm()) || p.role.equals("chromium:zygote")) {
                    p.role = role(e.getValue());
                }
                p.last = e.getValue();
            }
        }
        measureMemory();
        sampleJvmThreads();
        Map<String, Double> cpu = cpuSeconds();
        double run = 0;
        double other = 0;
        for (ProcStat t : jvmThreads.values()) {
            boolean runThread = t.comm().equals("java") || t.comm().startsWith("refkeeper-");
            run += runThread ? t.ownSeconds() : 0;
            other += runThread ? 0 : t.ownSeconds();
        }
        cpu.put(RUN_THREADS, run);
        cpu.put(OTHER_THREADS, other);
        series.add(new Sample(System.currentTimeMillis(), cpu));
    }

    /**
     * Books what the ended processes used: all their last sample saw, plus their share of what their parent's
     * children time grew by beyond that. When a process and its children end between the same two samples, the
     * parent's growth holds them all: what was seen of each is subtracted once. Growth with no ended child seen is
     * of children that lived and ended between two samples: it goes to the parent's role with "-children".
     */
    private void recoverTails(Set<Key> ended, Map<Key, ProcStat> now) {
        Map<Key, List<Proc>> byParent = new HashMap<>();
        for (Key k : ended) {
            Proc p = live.remove(k);
            endedTicks.merge(p.role, (double) p.last.ownTicks(), Double::sum);
            byParent.computeIfAbsent(p.parent, x -> new ArrayList<>()).add(p);
        }
        for (Proc parent : live.values()) {
            List<Proc> children = byParent.getOrDefault(parent.key, List.of());
            double seen = children.stream().mapToDouble(c -> seen(c, byParent)).sum();
            double tail = now.get(parent.key).childTicks() - parent.last.childTicks() - seen;
            if (tail <= 0) {
                continue;
            }
            if (children.isEmpty()) {
                endedTicks.merge(parent.role + "-children", tail, Double::sum);
            }
            for (Proc c : children) {
                endedTicks.merge(c.role, tail / children.size(), Double::sum);
            }
        }
    }

    /** What the books already hold of an ended process and its descendants that ended with it. */
    private static double seen(Proc p, Map<Key, List<Proc>> endedByParent) {
        double own = p.last.ownTicks() + p.last.childTicks();
        for (Proc c : endedByParent.getOrDefault(p.key, List.of())) {
            own += seen(c, endedByParent);
        }
        return own;
    }

    private void measureMemory() {
        long chromium = 0;
        long pss = 0;
        boolean readPss = samples++ % PSS_EVERY == 0;
        for (Proc p : live.values()) {
            long rss = p.last.rssPages() * PAGE;
            if (p.role.equals(rootRole)) {
                peakJvmRss = Math.max(peakJvmRss, rss);
            } else if (p.role.startsWith("chromium")) {
                chromium += rss;
                if (readPss) {
                    pss += pss(p.key.pid());
                }
            }
        }
        peakChromiumRss = Math.max(peakChromiumRss, chromium);
        peakChromiumPss = Math.max(peakChromiumPss, pss);
    }

    /** The JVM's threads as the kernel names them (at most 15 characters), ended ones as last seen. */
    private void sampleJvmThreads() {
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc", Long.toString(root), "task"))) {
            for (Path t : tasks) {
                ProcStat.read(root, Long.parseLong(t.getFileName().toString())).ifPresent(s -> jvmThreads.put(s.pid(), s));
            }
        } catch (IOException | RuntimeException gone) {
            // the JVM has ended
        }
    }

    /** The JVM's CPU seconds by thread name, numbered threads of a kind together ("C2 CompilerThre", "G1 Conc"). */
    synchronized Map<String, Double> jvmThreadSeconds() {
        Map<String, Double> out = new TreeMap<>();
        for (ProcStat t : jvmThreads.values()) {
            out.merge(t.comm().replaceAll("[#-]?\\d+$", ""), t.ownSeconds(), Double::sum);
        }
        return out;
    }

    /** Proportional set size: shared pages split among the processes that share them. */
    private static long pss(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "smaps_rollup"))) {
                if (line.startsWith("Pss:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException gone) {
            // ended between the two reads
        }
        return 0;
    }

    /** CPU seconds by role: ended processes in full, live ones as far as seen. */
    synchronized Map<String, Double> cpuSeconds() {
        Map<String, Double> ticks = new TreeMap<>(endedTicks);
        for (Proc p : live.values()) {
            ticks.merge(p.role, (double) p.last.ownTicks(), Double::sum);
        }
        Map<String, Double> out = new TreeMap<>();
        ticks.forEach((role, t) -> out.put(role, t / ProcStat.TICKS_PER_SECOND));
        return out;
    }

    synchronized List<Sample> series() {
        return List.copyOf(series);
    }

    long peakJvmRss() {
        return peakJvmRss;
    }

    long peakChromiumRss() {
        return peakChromiumRss;
    }

    long peakChromiumPss() {
        return peakChromiumPss;
    }

    /** What a process is: the JVM at the root, Playwright's driver, or Chromium by its --type switch. */
    private String role(ProcStat s) {
        if (s.pid() == root) {
            return rootRole;
        }
        String cmdline = cmdline(s.pid());
        if (s.comm().contains("crashpad")) {
            return "chromium:crashpad";
        }
        if (s.comm().equals("node") || cmdline.contains("playwright")) {
            return cmdline.contains("chromium") && !cmdline.contains("cli.js") ? chromium(cmdline) : "driver";
        }
        if (cmdline.contains("chromium") || cmdline.contains("chrome")) {
            return chromium(cmdline);
        }
        return "other:" + s.comm();
    }

    private static String chromium(String cmdline) {
        String type = value(cmdline, "--type=");
        if (type.isEmpty()) {
            return "chromium:browser";
        }
        if (type.equals("utility")) {
            String sub = value(cmdline, "--utility-sub-type=");
            return "chromium:utility:" + (sub.contains(".") ? sub.substring(0, sub.indexOf('.')) : sub);
        }
        return "chromium:" + type;
    }

    private static String value(String cmdline, String prefix) {
        for (String arg : cmdline.split(" ")) {
            if (arg.startsWith(prefix)) {
                return arg.substring(prefix.length());
            }
        }
        return "";
    }

    private static String cmdline(long pid) {
        try {
            return new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline")), StandardCharsets.UTF_8)
                    .replace('\0', ' ');
        } catch (IOException gone) {
            return "";
        }
    }
}
