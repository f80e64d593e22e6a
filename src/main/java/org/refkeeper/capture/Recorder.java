package org.refkeeper.capture;

import org.refkeeper.chromium.PageBudget;
import org.refkeeper.page.Exchange;
import org.refkeeper.page.Failure;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.Response;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Listens to one browser context from before the first navigation: which requests finished, which
 * main-document responses arrived, which files the main document ended as ({@link FileCatcher}), and whether
 * the network is busy. Playwright calls the listeners on the thread that drives it, so no locking is needed.
 */
final class Recorder {
    private static final Duration IDLE_WAIT = Duration.ofSeconds(2);
    /** How often a wait looks at the count of requests in flight; the browser's events are handled in between. */
    private static final int POLL_MILLIS = 25;

    private final Page page;
    private final List<Request> done = new ArrayList<>();
    /** Why each failed request failed, in the browser's words. */
    private final Map<Request, String> failed = new HashMap<>();
    private final List<Response> documents = new ArrayList<>();
    private final List<String> documentUrls = new ArrayList<>();
    private final List<Exchange> files = new ArrayList<>();
    private Exchange lastMainFile;
    private boolean endedAsFile;
    private int inFlight;
    private long lastActivity = System.nanoTime();

    Recorder(BrowserContext context, Page page) {
        this.page = page;
        context.onRequest(request -> busy(+1));
        context.onRequestFinished(this::finished);
        context.onRequestFailed(request -> {
            failed.put(request, String.valueOf(request.failure()));
            finished(request);
        });
        context.onResponse(response -> {
            if (response.request().isNavigationRequest() && page.mainFrame().equals(response.frame())) {
                documents.add(response);
                documentUrls.add(response.url());
                endedAsFile = false;
            }
        });
    }

    /**
     * A document answered with a file, which the catcher took whole. When it was the main document's, the
     * capture is of that file; a frame's is kept as one more exchange of the page.
     */
    void caught(Exchange file, boolean mainDocument) {
        files.add(file);
        if (mainDocument) {
            lastMainFile = file;
            documentUrls.add(file.url());
            endedAsFile = true;
        }
    }

    /** The file the main document ended as, if it did not end as a page. */
    Optional<Exchange> file() {
        return endedAsFile ? Optional.of(lastMainFile) : Optional.empty();
    }

    /**
     * Waits until no request is in flight, at most {@link #IDLE_WAIT} (a page may hold a request open on purpose)
     * or until the deadline; the browser's events are handled meanwhile.
     */
    void awaitIdle(Deadline deadline) {
        long until = System.nanoTime() + IDLE_WAIT.toNanos();
        while (inFlight > 0 && !deadline.passed() && System.nanoTime() < until) {
            page.waitForTimeout(Math.min(POLL_MILLIS, deadline.millisLeft()));
        }
    }

    /**
     * Waits, at most {@link #IDLE_WAIT} or until the deadline, for the page's own document to have finished
     * arriving (or broken off): the browser tells that a moment after the page has parsed it.
     */
    void awaitDocument(Deadline deadline) {
        long until = System.nanoTime() + IDLE_WAIT.toNanos();
        while (!deadline.passed() && System.nanoTime() < until && finalDocument().map(Response::request)
                .filter(r -> !done.contains(r) && !failed.containsKey(r)).isPresent()) {
            page.waitForTimeout(Math.min(POLL_MILLIS, deadline.millisLeft()));
        }
    }

    /** Waits until no request has been in flight for {@code quiet}, or the deadline passes. */
    void awaitQuiet(Duration quiet, Deadline deadline) {
        while (!deadline.passed()) {
            if (inFlight <= 0 && System.nanoTime() - lastActivity >= quiet.toNanos()) {
                return;
            }
            page.waitForTimeout(Math.min(POLL_MILLIS, deadline.millisLeft()));
        }
    }

    /** The last main-document response: where the page ended up. */
    Optional<Response> finalDocument() {
        return documents.isEmpty() ? Optional.empty() : Optional.of(documents.get(documents.size() - 1));
    }

    /**
     * Why the page's own document did not arrive whole, if it did not: it was still arriving when the time was up
     * (an endless or trickling page), or the connection broke off in the middle. What the page shows then is a
     * fragment that differs from one run to the next, not the article.
     */
    Optional<Failure> documentIncomplete(Duration timeout) {
        Optional<Request> document = finalDocument().map(Response::request);
        if (document.isEmpty()) {
            return Optional.empty();
        }
        if (failed.containsKey(document.get())) {
            return Optional.of(new Failure(Failure.Kind.CONNECTION, "the page broke off while arriving: "
                    + failed.get(document.get())));
        }
        if (!done.contains(document.get())) {
            return Optional.of(new Failure(Failure.Kind.TIMEOUT, "the page was still arriving after "
                    + timeout.toSeconds() + "s (an endless or very slow page)"));
        }
        return Optional.empty();
    }

    /** URLs the main document passed through: HTTP redirects, script or meta-refresh navigations, files alike. */
    List<String> documentUrls() {
        return List.copyOf(new LinkedHashSet<>(documentUrls));
    }

    /**
     * Every exchange of the web (not the browser's own chrome:// pages) that got a response: main documents
     * first, then the files that documents answered with, then the rest in the order they finished.
     */
    List<Exchange> exchanges(ResponseGate gate, PageBudget budget) {
        List<Request> main = documents.stream().map(Response::request).filter(done::contains).toList();
        Map<String, Long> timed = ResourceSizes.of(page);
        List<Exchange> out = new ArrayList<>();
        main.forEach(request -> read(request, gate, timed, budget, out));
        out.addAll(files);
        done.stream().filter(request -> !main.contains(request)).forEach(request -> read(request, gate, timed, budget, out));
        return out;
    }

    private void read(Request request, ResponseGate gate, Map<String, Long> timed, PageBudget budget,
                      List<Exchange> out) {
        String url = request.url();
        if (url.startsWith("http:") || url.startsWith("https:")) {
            // a body that broke off is a fragment, and Playwright waits for the rest of it forever
            ExchangeReader.read(request, !failed.containsKey(request), gate, timed, budget).ifPresent(out::add);
        }
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
