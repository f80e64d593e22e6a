package org.refkeeper.run;

import org.junit.jupiter.api.Test;
import org.refkeeper.page.Capture;
import org.refkeeper.page.Failure;
import org.refkeeper.sources.Reference;
import org.refkeeper.testing.PaperWeb;
import org.refkeeper.verdict.Assessment;
import org.refkeeper.verdict.Outcome;
import org.refkeeper.verdict.State;
import org.refkeeper.verdict.Verdict;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The order in which a run's workers get their checks: one page per host, retries later, closed hosts emptied. */
class HostQueueTest {
    private static final Reference A1 = PaperWeb.cited("https://a.example/1", "", "n.md", 1);
    private static final Reference A2 = PaperWeb.cited("https://a.example/2", "", "n.md", 2);
    private static final Reference B1 = PaperWeb.cited("https://b.example/1", "", "n.md", 3);

    @Test
    void aHostBusyWithOnePageHandsOutAnotherHostsPageInstead() throws Exception {
        HostQueue queue = new HostQueue(List.of(A1, A2, B1), 0);
        HostQueue.Job first = queue.take();
        assertEquals(A1, first.ref());
        assertEquals(B1, queue.take().ref(), "a.example is busy: b.example's page comes first");
        CompletableFuture<HostQueue.Job> third = CompletableFuture.supplyAsync(() -> take(queue));
        assertThrows(TimeoutException.class, () -> third.get(300, TimeUnit.MILLISECONDS), "waits while a.example is busy");
        queue.done(first);
        assertEquals(A2, third.get(5, TimeUnit.SECONDS).ref());
    }

    @Test
    void aRetryComesBackAfterItsWaitAndTheQueueEndsWhenAllIsDone() throws Exception {
        HostQueue queue = new HostQueue(List.of(A1), 0);
        HostQueue.Job job = queue.take();
        long start = System.nanoTime();
        queue.retry(job, unreachable(A1), Duration.ofMillis(400), false);
        HostQueue.Job again = queue.take();
        assertTrue(System.nanoTime() - start >= 400_000_000L, "not before its wait");
        assertEquals(2, again.attempt());
        queue.done(again);
        assertNull(queue.take(), "nothing left");
    }

    @Test
    void pageLoadsOnOneHostStartTheHostDelayApart() throws Exception {
        HostQueue queue = new HostQueue(List.of(A1, A2), 300);
        long start = System.nanoTime();
        queue.done(queue.take());
        queue.done(queue.take());
        assertTrue(System.nanoTime() - start >= 300_000_000L);
    }

    @Test
    void aHostWaitingOutItsDelayNeverHoldsBackAnotherHostsPage() throws Exception {
        HostQueue queue = new HostQueue(List.of(A1, A2, B1), 60_000);
        queue.done(queue.take());
        long start = System.nanoTime();
        HostQueue.Job next = queue.take();
        assertEquals(B1, next.ref(), "a.example's next page waits a minute; b.example's is ready now");
        assertTrue(System.nanoTime() - start < 5_000_000_000L, "handed out at once, not after a.example's delay");
    }

    @Test
    void closingAHostHandsBackItsWaitingChecks() throws Exception {
        HostQueue queue = new HostQueue(List.of(A1, A2, B1), 0);
        HostQueue.Job first = queue.take();
        List<Reference> left = new ArrayList<>();
        queue.close("a.example").forEach(j -> left.add(j.ref()));
        assertEquals(List.of(A2), left);
        queue.done(first);
        HostQueue.Job b = queue.take();
        assertEquals(B1, b.ref());
        queue.done(b);
        assertNull(queue.take());
        assertEquals(Optional.empty(), first.last());
    }

    private static Judgement unreachable(Reference ref) {
        String why = "net::ERR_CONNECTION_RESET";
        return new Judgement(ref, Optional.empty(), Capture.failed(ref.url(), Instant.EPOCH, new Failure(Failure.Kind.CONNECTION, why)),
                new Assessment(Outcome.TEMPORARY, why, 0, "", "", "", Optional.empty()),
                new Verdict(State.UNREACHABLE, why, false, Optional.empty()), Capturer.NONE);
    }

    private static HostQueue.Job take(HostQueue queue) {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
