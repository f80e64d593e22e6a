package org.refkeeper.capture;

import org.refkeeper.chromium.StallGuard;
import org.refkeeper.chromium.PageBudget;
import org.refkeeper.page.Capture;
import org.refkeeper.page.Exchange;
import org.refkeeper.page.Failure;
import org.refkeeper.page.Glance;
import org.refkeeper.chromium.BodyLimits;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.WaitUntilState;
import com.microsoft.playwright.TimeoutError;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One page opened in a fresh context: navigate, let it settle, then take what the browser saw. A navigation
 * that answers with a file (a PDF) ends the session early with a capture of that file: no screenshot, no DOM.
 * A page whose own document did not arrive whole (endless, trickling, broken off) ends as a failure: what it
 * shows is a fragment. Playwright errors pass through to the caller, which knows whether the browser survived them.
 */
final class PageSession {
    private static final Duration QUIET = Duration.ofMillis(500);
    private static final String NAVIGATED_AWAY = "Execution context was destroyed";
    private static final int MAX_ATTEMPTS = 3;
    private static final String OUTER_HTML_LENGTH =
            "() => document.documentElement ? document.documentElement.outerHTML.length : 0";
    private static final String OUTER_HTML_START = "n => document.documentElement.outerHTML.slice(0, n)";

    private final BrowserContext context;
    private final Page page;
    private final Recorder recorder;
    private final Duration timeout;
    private final StallGuard guard;
    private final PageBudget budget;

    PageSession(BrowserContext context, Duration timeout, BodyLimits limits, StallGuard guard) {
        this.context = context;
        // the page's resource timing tells the size of bodies that say none (ResourceSizes); its buffer holds 250
        context.addInitScript("performance.setResourceTimingBufferSize(100000)");
        this.page = context.newPage();
        this.recorder = new Recorder(context, page);
        this.timeout = timeout;
        this.guard = guard;
        this.budget = new PageBudget(limits);
    }

    Capture capture(String url, Instant started, Glance glance) {
        Deadline deadline = Deadline.after(timeout);
        ResponseGate gate = ResponseGate.open(context.newCDPSession(page), recorder, guard, deadline, budget);
        try {
            page.navigate(url, new Page.NavigateOptions().setWaitUntil(WaitUntilState.COMMIT)
                    .setTimeout(deadline.millisLeft()));
        } catch (PlaywrightException e) {
            // the catcher aborts a navigation to a file once it has the file; the gate one that does not end
            if (recorder.file().isPresent()) {
                return fileCapture(url, started, gate);
            }
            return Capture.failed(url, started, gate.refusedDocument()
                    .map(why -> new Failure(Failure.Kind.CONNECTION, why)).orElseGet(() -> FailureMapper.map(e)));
        }
        if (glance != Glance.NONE) {
            Optional<Capture> settled = glance(url, started, glance, deadline);
            if (settled.isPresent()) {
                return settled.get();
            }
        }
        onCurrentDocument(() -> {
            await(LoadState.LOAD, deadline);
            settle(deadline);
            return null;
        });
        if (recorder.file().isPresent()) {
            return fileCapture(url, started, gate); // the page sent the reader on to a file
        }
        Optional<Failure> incomplete = recorder.documentIncomplete(timeout);
        if (incomplete.isPresent()) {
            return Capture.failed(url, started, incomplete.get());
        }
        byte[] screenshot = onCurrentDocument(() -> Screenshot.take(page, timeout, budget));
        String dom = onCurrentDocument(this::dom);
        Optional<Response> document = recorder.finalDocument();
        return new Capture(url, document.map(Response::url).orElse(page.url()), recorder.documentUrls(),
                document.map(Response::status).orElse(0), started, recorder.exchanges(gate, budget), screenshot, dom,
                Optional.empty(), budget.omissions());
    }

    /** A file is not shown, so there is nothing to screenshot or render: the capture is the exchange itself. */
    private Capture fileCapture(String url, Instant started, ResponseGate gate) {
        Exchange file = recorder.file().orElseThrow();
        return new Capture(url, file.url(), recorder.documentUrls(), file.status(), started,
                recorder.exchanges(gate, budget), new byte[0], "", Optional.empty(), budget.omissions());
    }

    /**
     * The page as the glance sees it once its document is parsed and its parser's scripts have run (DOM, status,
     * redirects; the load of pictures, styles and frames may still go on), if the glance finds that settles the
     * check. A page that is a file, or whose document is still arriving, is for the full capture to take.
     */
    private Optional<Capture> glance(String url, Instant started, Glance glance, Deadline deadline) {
        onCurrentDocument(() -> {
            await(LoadState.DOMCONTENTLOADED, deadline);
            return null;
        });
        recorder.awaitDocument(deadline);
        if (recorder.file().isPresent() || recorder.documentIncomplete(timeout).isPresent()) {
            return Optional.empty();
        }
        String dom = onCurrentDocument(this::dom);
        Optional<Response> document = recorder.finalDocument();
        Capture loaded = new Capture(url, document.map(Response::url).orElse(page.url()), recorder.documentUrls(),
                document.map(Response::status).orElse(0), started, List.of(), new byte[0], dom, Optional.empty(),
                budget.omissions());
        return glance.settles(loaded) ? Optional.of(loaded) : Optional.empty();
    }

    /**
     * The main document is in; what follows only makes the capture more complete, so running out of
     * time here still leaves a good capture. A resource that never finishes holds back the load event,
     * so that wait gets half the time left and scrolling the rest.
     */
    private void await(LoadState state, Deadline deadline) {
        try {
            page.waitForLoadState(state,
                    new Page.WaitForLoadStateOptions().setTimeout(Math.max(1, deadline.millisLeft() / 2)));
        } catch (TimeoutError e) {
            // Go on: the document is there, only some resource is late.
        }
    }

    private void settle(Deadline deadline) {
        LazyLoader.scrollToBottom(page, recorder, deadline);
        LazyLoader.revealImages(page);
        recorder.awaitQuiet(QUIET, deadline);
        LazyLoader.scrollToTop(page);
    }

    /** The rendered DOM; only its start when it is over the limit for one body (a page of many megabytes). */
    private String dom() {
        long length = ((Number) page.evaluate(OUTER_HTML_LENGTH)).longValue();
        // a Java string holds up to two bytes a character
        long most = budget.perBody() / 2;
        if (length <= most) {
            return page.content();
        }
        budget.note("rendered DOM cut after its first " + most + " of " + length + " characters");
        return (String) page.evaluate(OUTER_HTML_START, most);
    }

    /**
     * Runs a step again when a script navigated the page while the step read it (a client-side redirect):
     * the capture is of the document the page ended on.
     */
    private static <T> T onCurrentDocument(Supplier<T> step) {
        for (int attempt = 1; ; attempt++) {
            try {
                return step.get();
            } catch (PlaywrightException e) {
                if (attempt == MAX_ATTEMPTS || !navigatedAway(e)) {
                    throw e;
                }
            }
        }
    }

    static boolean navigatedAway(PlaywrightException e) {
        return String.valueOf(e.getMessage()).contains(NAVIGATED_AWAY);
    }
}
