package org.refkeeper.capture;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.Response;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Listens to one browser context from before the first navigation: which requests finished, which
 * main-document responses arrived, and whether the network is busy. Playwright calls the listeners on the
 * thread that drives it, so no locking is needed.
 */
final class Recorder {
    private final Page page;
    private final List<Request> done = new ArrayList<>();
    private final List<Response> documents = new ArrayList<>();
    private int inFlight;
    private long lastActivity = System.nanoTime();

    Recorder(BrowserContext context, Page page) {
        this.page = page;
        context.onRequest(request -> busy(+1));
        context.onRequestFinished(this::finished);
        context.onRequestFailed(this::finished);
        context.onResponse(response -> {
            if (response.request().isNavigationRequest() && page.mainFrame().equals(response.frame())) {
                documents.add(response);
            }
        });
    }

    /** Waits until no request has been in flight for {@code quiet}, or the deadline passes. */
    void awaitQuiet(Duration quiet, Deadline deadline) {
        while (!deadline.passed()) {
            if (inFlight <= 0 && System.nanoTime() - lastActivity >= quiet.toNanos()) {
                return;
            }
            page.waitForTimeout(Math.min(50, deadline.millisLeft()));
        }
    }

    /** The last main-document response: where the page ended up. */
    Optional<Response> finalDocument() {
        return documents.isEmpty() ? Optional.empty() : Optional.of(documents.get(documents.size() - 1));
    }

    /** URLs the main document passed through: HTTP redirects and script or meta-refresh navigations alike. */
    List<String> documentUrls() {
        Set<String> urls = new LinkedHashSet<>();
        documents.forEach(response -> urls.add(response.url()));
        return List.copyOf(urls);
    }

    /** Finished and failed requests, main-document ones first, otherwise in the order they finished. */
    List<Request> requests() {
        List<Request> ordered = new ArrayList<>();
        documents.stream().map(Response::request).filter(done::contains).forEach(ordered::add);
        done.stream().filter(request -> !ordered.contains(request)).forEach(ordered::add);
        return ordered;
    }

    private void finished(Request request) {
        done.add(request);
        busy(-1);
    }

    private void busy(int change) {
        inFlight += change;
        lastActivity = System.nanoTime();
    }
}
