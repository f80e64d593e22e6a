package org.refkeeper.capture;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.ScreenshotType;
import com.microsoft.playwright.options.WaitUntilState;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One page opened in a fresh context: navigate, let it settle, then take what the browser saw. A navigation
 * that answers with a file (a PDF) ends the session early with a capture of that file: no screenshot, no DOM.
 * Playwright errors pass through to the caller, which knows whether the browser survived them.
 */
final class PageSession {
    private static final Duration QUIET = Duration.ofMillis(500);
    private static final String NAVIGATED_AWAY = "Execution context was destroyed";
    private static final int MAX_ATTEMPTS = 3;

    private final BrowserContext context;
    private final Page page;
    private final Recorder recorder;
    private final Duration timeout;
    private final StallGuard guard;

    PageSession(BrowserContext context, Duration timeout, StallGuard guard) {
        this.context = context;
        this.page = context.newPage();
        this.recorder = new Recorder(context, page);
        this.timeout = timeout;
        this.guard = guard;
    }

    Capture capture(String url, Instant started) {
        Deadline deadline = Deadline.after(timeout);
        FileCatcher.watch(context, page, recorder, guard, deadline);
        try {
            page.navigate(url, new Page.NavigateOptions().setWaitUntil(WaitUntilState.COMMIT)
                    .setTimeout(deadline.millisLeft()));
        } catch (PlaywrightException e) {
            // the catcher aborts a navigation to a file once it has the file
            return recorder.file().isPresent() ? fileCapture(url, started) : Capture.failed(url, started, FailureMapper.map(e));
        }
        onCurrentDocument(() -> {
            settle(deadline);
            return null;
        });
        if (recorder.file().isPresent()) {
            return fileCapture(url, started); // the page sent the reader on to a file
        }
        byte[] screenshot = onCurrentDocument(this::screenshot);
        String dom = onCurrentDocument(page::content);
        Optional<Response> document = recorder.finalDocument();
        return new Capture(url, document.map(Response::url).orElse(page.url()), recorder.documentUrls(),
                document.map(Response::status).orElse(0), started, recorder.exchanges(), screenshot, dom, Optional.empty());
    }

    /** A file is not shown, so there is nothing to screenshot or render: the capture is the exchange itself. */
    private Capture fileCapture(String url, Instant started) {
        Exchange file = recorder.file().orElseThrow();
        return new Capture(url, file.url(), recorder.documentUrls(), file.status(), started, recorder.exchanges(),
                new byte[0], "", Optional.empty());
    }

    /**
     * The main document is in; what follows only makes the capture more complete, so running out of
     * time here still leaves a good capture. A resource that never finishes holds back the load event,
     * so that wait gets half the time left and scrolling the rest.
     */
    private void settle(Deadline deadline) {
        try {
            page.waitForLoadState(LoadState.LOAD,
                    new Page.WaitForLoadStateOptions().setTimeout(Math.max(1, deadline.millisLeft() / 2)));
        } catch (TimeoutError e) {
            // Go on: the document is there, only some resource is late.
        }
        LazyLoader.scrollToBottom(page, deadline);
        LazyLoader.revealImages(page);
        recorder.awaitQuiet(QUIET, deadline);
        LazyLoader.scrollToTop(page);
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
                if (attempt == MAX_ATTEMPTS || !String.valueOf(e.getMessage()).contains(NAVIGATED_AWAY)) {
                    throw e;
                }
            }
        }
    }

    /** A page too large to paint in time still has its DOM and resources: keep those without a picture. */
    private byte[] screenshot() {
        try {
            return page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setType(ScreenshotType.PNG)
                    .setTimeout(timeout.toMillis()));
        } catch (TimeoutError e) {
            return new byte[0];
        }
    }
}
