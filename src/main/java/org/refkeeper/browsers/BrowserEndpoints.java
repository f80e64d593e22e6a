package org.refkeeper.browsers;

import org.refkeeper.chromium.BrowserEndpoint;
import org.refkeeper.chromium.BrowserSettings;
import org.refkeeper.run.Capturer;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A run's workers spread over browser servers: each worker opened is given a place on one server, taken in turn
 * across the servers (A, B, A, B, ...) so that a run with fewer sources than places still uses every server, and
 * no server gets more workers than the pages it takes. A worker whose server is lost retires, unless it is the
 * last one working: a run keeps at least one worker, which then reports what it cannot capture.
 */
public final class BrowserEndpoints implements Capturer.Factory {
    private final BrowserSettings settings;
    private final Clock clock;
    private final Deque<BrowserEndpoint> free;
    private int working;
    private final Set<BrowserEndpoint> silent = new HashSet<>();

    BrowserEndpoints(BrowserSettings settings, Clock clock) {
        if (settings.endpoints().isEmpty()) {
            throw new IllegalArgumentException("no browser endpoints to spread workers over");
        }
        this.settings = settings;
        this.clock = clock;
        this.free = new ArrayDeque<>(places(settings.endpoints()));
    }

    /** A factory of workers' browsers: attached to the run's one Chromium here, or on the servers the settings name. */
    public static Capturer.Factory of(BrowserSettings settings, RunBrowser chromium, Clock clock) {
        return settings.endpoints().isEmpty() ? () -> new WorkerBrowser(chromium, settings, clock)
                : new BrowserEndpoints(settings, clock);
    }

    /** Every place on every server, in the order workers take them. */
    static List<BrowserEndpoint> places(List<BrowserEndpoint> endpoints) {
        List<BrowserEndpoint> out = new ArrayList<>();
        int most = endpoints.stream().mapToInt(BrowserEndpoint::pages).max().orElse(0);
        for (int round = 0; round < most; round++) {
            for (BrowserEndpoint e : endpoints) {
                if (round < e.pages()) {
                    out.add(e);
                }
            }
        }
        return out;
    }

    @Override
    public Capturer open() throws IOException {
        BrowserEndpoint endpoint;
        synchronized (this) {
            endpoint = free.pollFirst();
            if (endpoint == null) {
                throw new IllegalStateException("more workers than places on the browser servers");
            }
            working++;
        }
        try {
            return new EndpointBrowser(endpoint, settings, clock, this);
        } catch (IOException e) {
            if (silentWhileAnotherMayAnswer(endpoint)) {
                return EndpointBrowser.retired(endpoint, e.getMessage());
            }
            closed(endpoint);
            throw e;
        } catch (RuntimeException e) {
            closed(endpoint);
            throw e;
        }
    }

    /** Whether a worker whose server was lost may stop, its place gone with the server: not the last one working. */
    synchronized boolean retire() {
        if (working <= 1) {
            return false;
        }
        working--;
        return true;
    }

    /**
     * Notes a server that did not answer a worker connecting to it (down from the start, or lost as the run began):
     * while some other server has not failed so, this worker retires and its place goes with the server; when none
     * answers, the run cannot go on.
     */
    private synchronized boolean silentWhileAnotherMayAnswer(BrowserEndpoint endpoint) {
        silent.add(endpoint);
        if (silent.size() < settings.endpoints().size()) {
            working--;
            return true;
        }
        return false;
    }

    /** A worker gave its place back (at the end of the run, or to open a new browser). */
    synchronized void closed(BrowserEndpoint place) {
        free.addFirst(place);
        working--;
    }
}
