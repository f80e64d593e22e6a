package org.refkeeper.chromium;


import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A bound on a wait that the DevTools protocol cannot bound itself: reading a file's body returns only once
 * the last byte is in, so a server that stops sending halfway would hold the run forever. When the bound
 * passes, the guard ends this browser's Playwright driver and its Chromium; the blocked call then fails at
 * once, and the browser reports itself gone so that the worker starts a fresh one.
 */
public final class StallGuard {
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread t = new Thread(task, "refkeeper-stall-guard");
        t.setDaemon(true);
        return t;
    });

    private final Optional<ProcessHandle> driver;
    private boolean armed;
    private volatile boolean fired;

    private StallGuard(Optional<ProcessHandle> driver) {
        this.driver = driver;
    }

    /**
     * The guard of a browser whose Chromium this thread does not own (one shared by the run's workers, or one on a
     * browser server): it ends only this thread's Playwright driver, which drops that one connection.
     */
    public static StallGuard ofDriver(Optional<ProcessHandle> driver) {
        return new StallGuard(driver);
    }

    /** The guard of a Chromium this thread launched, whose browser process has {@code chromiumPid}. */
    public static StallGuard ofChromium(long chromiumPid) {
        return new StallGuard(driverOf(chromiumPid));
    }

    /** The process this JVM started that Chromium descends from: Playwright's driver. */
    private static Optional<ProcessHandle> driverOf(long chromiumPid) {
        long jvm = ProcessHandle.current().pid();
        Optional<ProcessHandle> p = ProcessHandle.of(chromiumPid);
        while (p.isPresent() && p.get().parent().map(ProcessHandle::pid).orElse(jvm) != jvm) {
            p = p.get().parent();
        }
        return p.filter(h -> h.parent().map(ProcessHandle::pid).orElse(-1L) == jvm);
    }

    /** Runs {@code wait}; if it takes longer than {@code bound}, ends the browser under it. */
    public <T> T within(Duration bound, Supplier<T> wait) {
        synchronized (this) {
            armed = true;
        }
        ScheduledFuture<?> end = TIMER.schedule(this::end, Math.max(1, bound.toMillis()), TimeUnit.MILLISECONDS);
        try {
            return wait.get();
        } finally {
            synchronized (this) {
                armed = false;
            }
            end.cancel(false);
        }
    }

    /** Whether the guard ended the browser: it is gone, and what it was waiting for never came. */
    public boolean fired() {
        return fired;
    }

    private synchronized void end() {
        if (!armed || driver.isEmpty()) {
            return;
        }
        fired = true;
        driver.get().descendants().forEach(ProcessHandle::destroyForcibly);
        driver.get().destroyForcibly();
    }
}
