package org.refkeeper.run;

import org.refkeeper.sources.Reference;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The sources a run has yet to check, handed to its workers so that no host sees more than one page at a time
 * and page loads on one host start at least the host delay apart (WeChat answers floods with a wall). A source
 * out of reach comes back after a wait, to be tried again; a host that asked to be left alone is closed, and its
 * sources are handed back to the run to report. Waits are real time, whatever clock the run reads.
 */
final class HostQueue {
    /**
     * One check to make.
     *
     * @param index   the source's place in the run
     * @param attempt 1 for the first check, 2 for the first retry
     * @param last    the judgement of the attempt before, for a retry
     */
    record Job(int index, Reference ref, int attempt, Optional<Judgement> last, long notBefore) {
        String host() {
            return ref.id().host();
        }
    }

    private final long delayNanos;
    private final List<Job> waiting = new ArrayList<>();
    private final Set<String> busy = new HashSet<>();
    private final Map<String, Long> nextStart = new HashMap<>();
    private int inFlight;
    private boolean stopped;

    HostQueue(List<Reference> sources, long hostDelayMillis) {
        this.delayNanos = hostDelayMillis * 1_000_000;
        long now = System.nanoTime();
        for (int i = 0; i < sources.size(); i++) {
            waiting.add(new Job(i, sources.get(i), 1, Optional.empty(), now));
        }
    }

    /**
     * The next check whose host is free and due, its host then busy until {@link #done} or {@link #retry}; waits
     * while every waiting check is held back. Null when nothing is left to check.
     */
    synchronized Job take() throws InterruptedException {
        while (true) {
            if (stopped || waiting.isEmpty() && inFlight == 0) {
                return null;
            }
            long now = System.nanoTime();
            long soonest = Long.MAX_VALUE;
            for (Iterator<Job> it = waiting.iterator(); it.hasNext(); ) {
                Job job = it.next();
                if (busy.contains(job.host())) {
                    continue;
                }
                // nanoTime values compare only by their difference
                long wait = Math.max(job.notBefore() - now, nextStart.getOrDefault(job.host(), now) - now);
                if (wait <= 0) {
                    it.remove();
                    busy.add(job.host());
                    nextStart.put(job.host(), now + delayNanos);
                    inFlight++;
                    return job;
                }
                soonest = Math.min(soonest, wait);
            }
            if (soonest == Long.MAX_VALUE) {
                wait();
            } else {
                wait(Math.max(1, soonest / 1_000_000));
            }
        }
    }

    /** The check is finished; its host is free. */
    synchronized void done(Job job) {
        release(job.host());
    }

    /**
     * The check is to be made again after {@code wait}; with {@code hostAsked} (a Retry-After), no page of the host
     * is loaded before then.
     */
    synchronized void retry(Job job, Judgement last, Duration wait, boolean hostAsked) {
        long at = System.nanoTime() + wait.toNanos();
        waiting.add(new Job(job.index(), job.ref(), job.attempt() + 1, Optional.of(last), at));
        if (hostAsked) {
            nextStart.merge(job.host(), at, Math::max);
        }
        release(job.host());
    }

    /** The check was not made (its browser server was lost): it is first in line again, its attempt not spent. */
    synchronized void putBack(Job job) {
        waiting.add(0, job);
        release(job.host());
    }

    /**
     * Leaves a host alone for the rest of the run: its waiting checks are taken out and handed back, a retry
     * with the judgement of its last attempt. Call it while holding the host, before {@link #done}.
     */
    synchronized List<Job> close(String host) {
        List<Job> left = new ArrayList<>();
        for (Iterator<Job> it = waiting.iterator(); it.hasNext(); ) {
            Job job = it.next();
            if (job.host().equals(host)) {
                left.add(job);
                it.remove();
            }
        }
        return left;
    }

    /** Hands out nothing more: the run is ending early. */
    synchronized void stop() {
        stopped = true;
        notifyAll();
    }

    private void release(String host) {
        busy.remove(host);
        inFlight--;
        notifyAll();
    }
}
