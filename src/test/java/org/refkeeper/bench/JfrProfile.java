package org.refkeeper.bench;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Where a refkeeper run's threads spent their wall time, read from a JDK Flight Recorder file: every moment a
 * run thread was parked, sleeping or waiting on a monitor (events recorded with no threshold), and every
 * execution sample (running Java) and native sample, each put down to the innermost refkeeper method on its
 * stack and what that method called (a Playwright call, a library). Playwright's synchronous calls wait in a
 * 10 ms poll loop, so a wait for the browser shows as parking under the refkeeper method that made the call.
 */
final class JfrProfile {
    static final long SAMPLE_MILLIS = 10;
    private static final Set<String> BLOCKING = Set.of("jdk.ThreadPark", "jdk.ThreadSleep", "jdk.JavaMonitorWait",
            "jdk.JavaMonitorEnter");

    /** A stretch of one thread's time, put down to one place in refkeeper. */
    record Segment(long startNanos, long endNanos, String where) {
        double millis() {
            return (endNanos - startNanos) / 1e6;
        }
    }

    private JfrProfile() {
    }

    /** The settings: samples every 10 ms, and every park, sleep and monitor wait with its stack. */
    static Path writeSettings(Path dir) throws IOException {
        StringBuilder events = new StringBuilder();
        for (String sample : List.of("jdk.ExecutionSample", "jdk.NativeMethodSample")) {
            events.append(event(sample, "<setting name=\"period\">" + SAMPLE_MILLIS + " ms</setting>"));
        }
        for (String blocking : BLOCKING) {
            events.append(event(blocking, "<setting name=\"stackTrace\">true</setting><setting name=\"threshold\">0 ms</setting>"));
        }
        for (String gc : List.of("jdk.GarbageCollection", "jdk.GCPhasePause")) {
            events.append(event(gc, "<setting name=\"threshold\">0 ms</setting>"));
        }
        events.append(event("jdk.GCHeapSummary", ""));
        events.append(event("jdk.ObjectAllocationSample", "<setting name=\"throttle\">150/s</setting><setting name=\"stackTrace\">true</setting>"));
        Path file = dir.resolve("bench.jfc");
        Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<configuration version=\"2.0\" label=\"bench\">\n"
                + events + "</configuration>\n");
        return file;
    }

    private static String event(String name, String settings) {
        return "  <event name=\"" + name + "\"><setting name=\"enabled\">true</setting>" + settings + "</event>\n";
    }

    /** The most heap in use after a collection, in bytes, and the time all collections paused the JVM, in ms. */
    record Heap(long peakLiveBytes, double pauseMillis) {
    }

    static Heap heap(Path recording) throws IOException {
        long peak = 0;
        double pauses = 0;
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                RecordedEvent e = file.readEvent();
                String type = e.getEventType().getName();
                if (type.equals("jdk.GCHeapSummary") && "After GC".equals(e.getString("when"))) {
                    peak = Math.max(peak, e.getLong("heapUsed"));
                } else if (type.equals("jdk.GCPhasePause")) {
                    pauses += e.getDuration().toNanos() / 1e6;
                }
            }
        }
        return new Heap(peak, pauses);
    }

    /** The segments of the run's threads (main and refkeeper's own) between two instants, in epoch milliseconds. */
    static List<Segment> read(Path recording, long fromMillis, long toMillis) throws IOException {
        List<Segment> out = new ArrayList<>();
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                RecordedEvent e = file.readEvent();
                String type = e.getEventType().getName();
                boolean sample = type.equals("jdk.ExecutionSample") || type.equals("jdk.NativeMethodSample");
                if (!sample && !BLOCKING.contains(type)) {
                    continue;
                }
                RecordedThread thread = sample ? e.getThread("sampledThread") : e.getThread();
                if (thread == null || !runThread(thread.getJavaName()) || e.getStackTrace() == null) {
                    continue;
                }
                long start = epochNanos(e.getStartTime());
                long end = sample ? start + SAMPLE_MILLIS * 1_000_000 : epochNanos(e.getEndTime());
                if (end <= start || start < fromMillis * 1_000_000 || end > toMillis * 1_000_000) {
                    continue;
                }
                String where = where(e.getStackTrace());
                if (where.endsWith("→ Thread.join")) {
                    continue; // the main thread waiting for the workers: their time is counted, not this
                }
                out.add(new Segment(start, end, where));
            }
        }
        return out;
    }

    private static boolean runThread(String name) {
        return name != null && (name.equals("main") || name.startsWith("refkeeper-"));
    }

    private static long epochNanos(java.time.Instant t) {
        return t.getEpochSecond() * 1_000_000_000 + t.getNano();
    }

    /**
     * The innermost refkeeper method on the stack, with what it called: {@code LazyLoader.scrollToBottom →
     * Page.waitForTimeout}, {@code BundleWriter.write → jwarc}.
     */
    static String where(RecordedStackTrace stack) {
        List<RecordedFrame> frames = stack.getFrames();
        for (int i = 0; i < frames.size(); i++) {
            String type = frames.get(i).getMethod().getType().getName();
            if (type.startsWith("org.refkeeper.") && !type.startsWith("org.refkeeper.bench.")) {
                String here = simple(type) + "." + frames.get(i).getMethod().getName();
                return i == 0 ? here : here + " → " + callee(frames.get(i - 1));
            }
        }
        return frames.isEmpty() ? "(no stack)" : "outside refkeeper: " + simple(frames.get(frames.size() - 1).getMethod().getType().getName());
    }

    private static String callee(RecordedFrame frame) {
        String type = frame.getMethod().getType().getName();
        if (type.startsWith("com.microsoft.playwright.")) {
            return simple(type).replaceAll("Impl$", "") + "." + frame.getMethod().getName();
        }
        if (type.equals("java.lang.Thread")) {
            return "Thread." + frame.getMethod().getName();
        }
        for (String[] lib : new String[][]{{"org.eclipse.jgit.", "JGit"}, {"org.netpreserve.jwarc.", "jwarc"},
                {"com.fasterxml.jackson.", "Jackson"}, {"org.jsoup.", "jsoup"}, {"org.commonmark.", "commonmark"},
                {"org.apache.commons.compress.", "Commons Compress"}, {"com.google.gson.", "Gson"}}) {
            if (type.startsWith(lib[0])) {
                return lib[1];
            }
        }
        return simple(type) + "." + frame.getMethod().getName();
    }

    /** The class name without its package; a lambda's is its enclosing class's, nested classes keep their name. */
    private static String simple(String type) {
        boolean lambda = type.contains("$$Lambda");
        String t = lambda ? type.substring(0, type.indexOf("$$Lambda")) : type;
        return t.substring(t.lastIndexOf('.') + 1).replaceAll("\\$\\d+$", "") + (lambda ? "(lambda)" : "");
    }
}
