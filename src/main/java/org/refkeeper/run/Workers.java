package org.refkeeper.run;

import org.refkeeper.page.Failure;
import org.refkeeper.report.RunEntry;
import org.refkeeper.verdict.State;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The loop of a run's worker threads: take a check from the {@link HostQueue}, make it, write it or put it back
 * for a retry, close the host when its site says so. Whatever one check throws stays that source's {@code error}.
 */
final class Workers {
    private static final Set<Failure.Kind> TRANSIENT = Set.of(Failure.Kind.DNS, Failure.Kind.CONNECTION, Failure.Kind.TIMEOUT);

    private final HostQueue queue;
    private final SourceChecker checker;
    private final RunEntry[] entries;
    private final Capturer.Factory capturers;
    private final RunPlan plan;
    private final RunListener listener;
    private final Clock clock;
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicReference<IOException> launchFailure = new AtomicReference<>();

    /** @param entries where each check's line of the run report goes, by the source's place in the run */
    Workers(HostQueue queue, SourceChecker checker, RunEntry[] entries, Capturer.Factory capturers, RunPlan plan,
            RunListener listener, Clock clock) {
        this.queue = queue;
        this.checker = checker;
        this.entries = entries;
        this.capturers = capturers;
        this.plan = plan;
        this.listener = listener;
        this.clock = clock;
    }

    /** Why a worker could not start or restart its browser, which ends the run. */
    Optional<IOException> launchFailure() {
        return Optional.ofNullable(launchFailure.get());
    }

    void work() {
        Capturer capturer = null;
        try {
            capturer = capturers.open();
            HostQueue.Job job;
            while (capturer != null && (job = queue.take()) != null) {
                try {
                    capturer = check(job, capturer);
                } catch (RuntimeException | Error e) {
                    // thrown past a check's own handling (by a listener, say): still that one source's error
                    if (entries[job.index()] == null) {
                        finish(job, checker.failed(job.ref(), e));
                    }
                }
            }
        } catch (IOException e) {
            launchFailure.compareAndSet(null, e);
            queue.stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            queue.stop();
        } finally {
            if (capturer != null) {
                closeQuietly(capturer);
            }
        }
    }

    /**
     * Makes one check: written, or put back to be tried again; the job's host is released either way. Returns
     * the capturer for the next check: a fresh one after an error of the JVM itself, none when its server was lost.
     */
    private Capturer check(HostQueue.Job job, Capturer capturer) throws IOException {
        boolean again = false;
        try {
            Judgement j;
            try {
                j = checker.judge(job.ref(), capturer);
            } catch (Error e) {
                // a stack overflow or memory running out midway through a browser call: the source is an
                // error, and the browser, which may be halfway through a message, is replaced
                finish(job, checker.failed(job.ref(), e));
                closeQuietly(capturer);
                return capturers.open();
            }
            if (capturer.lost()) { // its browser server went away: the check is void, the worker done (browsers.EndpointBrowser)
                listener.warning(job.ref().url() + " goes to another browser server: " + j.verdict().reason());
                again = true;
                queue.putBack(job);
                closeQuietly(capturer);
                return null;
            }
            Optional<Duration> asked = RetryAfter.of(j.capture(), clock.instant());
            Optional<Duration> wait = retryable(j) ? plan.retries().waitBefore(job.attempt() + 1, asked) : Optional.empty();
            if (wait.isPresent()) {
                again = true;
                queue.retry(job, j, wait.get(), asked.isPresent());
                return capturer;
            }
            finish(job, record(j));
            HostSignal.of(j, plan.retries(), clock.instant()).ifPresent(signal -> {
                for (HostQueue.Job left : queue.close(job.host())) {
                    finish(left, left.last().map(this::record)
                            .orElseGet(() -> checker.leftAlone(left.ref(), signal.state(), signal.reason())));
                }
            });
            return capturer;
        } finally {
            if (!again) {
                queue.done(job);
            }
        }
    }

    private RunEntry record(Judgement j) {
        try {
            return checker.record(j);
        } catch (Error e) {
            return checker.failed(j.ref(), e);
        }
    }

    private void finish(HostQueue.Job job, RunEntry entry) {
        entries[job.index()] = entry;
        try {
            listener.judged(entry, done.incrementAndGet(), entries.length);
        } catch (RuntimeException e) {
            // a listener that fails (a closed terminal) costs the run its progress display, nothing more
        }
    }

    /** A source out of reach for a reason that may pass: the network, the server, not the page's own notice. */
    private static boolean retryable(Judgement j) {
        if (j.verdict().state() != State.UNREACHABLE) {
            return false;
        }
        int status = j.assessment().httpStatus();
        return j.capture().failure().map(f -> TRANSIENT.contains(f.kind())).orElse(false)
                || status >= 500 || status == 408 || status == 425;
    }

    private static void closeQuietly(Capturer capturer) {
        try {
            capturer.close();
        } catch (RuntimeException | Error e) {
            // a broken browser that will not close cleanly is ended with its driver
        }
    }
}
