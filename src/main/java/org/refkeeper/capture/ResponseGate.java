package org.refkeeper.capture;

import org.refkeeper.chromium.StallGuard;
import org.refkeeper.chromium.PageBudget;
import org.refkeeper.page.Header;
import org.refkeeper.chromium.BodyLimits;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.PlaywrightException;

import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * Every document, style sheet, script, image and font passes here once its headers are in, before the page gets
 * its body, so that a compressed body has a known decoded size before anyone reads it: a few kilobytes of gzip can
 * decode to gigabytes. A body that travels as it is goes on untouched (its Content-Length, or the page's resource
 * timing, tells its size). A compressed one is read here ({@link BodyStream}) up to the limit for one body, then
 * handed to the page; one over the limit is refused, and the page goes without it. A document that is a file (a
 * PDF) goes to the {@link FileCatcher}. Requests of scripts (XHR, fetch) pass untouched: they may be held open on
 * purpose (long polling), and reading one here would wait for it. A compressed style sheet or script that stalls
 * halfway holds the page until the guard ends the browser: the price of a bound on memory.
 */
final class ResponseGate {
    /** Waiting for a body may take a little past the page's deadline before the guard gives up on it. */
    private static final Duration GRACE = Duration.ofSeconds(2);
    private static final String[] TYPES = {"Document", "Stylesheet", "Script", "Image", "Font"};

    private final CDPSession cdp;
    private final FileCatcher files;
    private final StallGuard guard;
    private final Deadline deadline;
    private final PageBudget budget;
    private final String mainFrame;
    private final Map<String, Long> measured = new HashMap<>();
    private final Map<String, List<Header>> sent = new HashMap<>();
    private Optional<String> refusedDocument = Optional.empty();

    private ResponseGate(CDPSession cdp, String mainFrame, FileCatcher files, StallGuard guard, Deadline deadline,
                         PageBudget budget) {
        this.cdp = cdp;
        this.mainFrame = mainFrame;
        this.files = files;
        this.guard = guard;
        this.deadline = deadline;
        this.budget = budget;
    }

    /** Starts on a page (through its own DevTools session) that has not navigated yet. */
    static ResponseGate open(CDPSession cdp, Recorder recorder, StallGuard guard, Deadline deadline, PageBudget budget) {
        String mainFrame = cdp.send("Page.getFrameTree").getAsJsonObject("frameTree").getAsJsonObject("frame")
                .get("id").getAsString();
        ResponseGate gate = new ResponseGate(cdp, mainFrame, new FileCatcher(cdp, recorder, mainFrame, budget), guard,
                deadline, budget);
        cdp.on("Fetch.requestPaused", event -> gate.paused(PausedResponse.of(event)));
        JsonArray patterns = new JsonArray();
        for (String type : TYPES) {
            JsonObject pattern = new JsonObject();
            pattern.addProperty("resourceType", type);
            pattern.addProperty("requestStage", "Response");
            patterns.add(pattern);
        }
        JsonObject enable = new JsonObject();
        enable.add("patterns", patterns);
        cdp.send("Fetch.enable", enable);
        return gate;
    }

    /** The decoded size of the body at {@code url} as it passed here; empty when it did not pass here. */
    OptionalLong measured(String url) {
        Long size = measured.get(url);
        return size == null ? OptionalLong.empty() : OptionalLong.of(size);
    }

    /**
     * The headers the server sent with the body at {@code url}, when it was read here: the page got it decoded,
     * under headers that say so.
     */
    Optional<List<Header>> sentHeaders(String url) {
        return Optional.ofNullable(sent.get(url));
    }

    /** Why the page's own document was refused, if it was: it did not end within the limit for one body. */
    Optional<String> refusedDocument() {
        return refusedDocument;
    }

    private void paused(PausedResponse r) {
        try {
            pass(r);
        } catch (PlaywrightException e) {
            // the request went while it was held (the page moved on, a frame closed): nothing to hand over
        }
    }

    private void pass(PausedResponse r) {
        if (r.resourceType().equals("Document") && FileCatcher.isFile(r)) {
            within(() -> {
                files.take(r);
                return null;
            });
            return;
        }
        if (!r.hasBody() || r.identity()) {
            if (r.hasBody() && r.declaredLength() >= 0) {
                measured.merge(r.url(), r.declaredLength(), Math::max);
            }
            cdp.send("Fetch.continueRequest", r.id());
            return;
        }
        Optional<byte[]> body = within(() -> BodyStream.read(cdp, r.id(), budget.perBody()));
        if (body.isEmpty()) {
            refuse(r);
            return;
        }
        measured.merge(r.url(), (long) body.get().length, Math::max);
        sent.put(r.url(), r.headers());
        JsonObject fulfil = r.id().deepCopy();
        fulfil.addProperty("responseCode", r.status());
        JsonArray headers = new JsonArray();
        // the body goes to the page decoded, and its length is what it is
        r.headers().stream().filter(h -> !h.name().toLowerCase(Locale.ROOT).matches("content-length|content-encoding|transfer-encoding"))
                .forEach(h -> {
                    JsonObject header = new JsonObject();
                    header.addProperty("name", h.name());
                    header.addProperty("value", h.value());
                    headers.add(header);
                });
        fulfil.add("responseHeaders", headers);
        if (r.event().has("responseStatusText") && !r.event().get("responseStatusText").getAsString().isEmpty()) {
            fulfil.addProperty("responsePhrase", r.event().get("responseStatusText").getAsString());
        }
        fulfil.addProperty("body", Base64.getEncoder().encodeToString(body.get()));
        cdp.send("Fetch.fulfillRequest", fulfil);
    }

    private void refuse(PausedResponse r) {
        measured.put(r.url(), Long.MAX_VALUE);
        String why = "over " + BodyLimits.megabytes(budget.perBody()) + " decoded (an endless or compressed stream?)";
        budget.omit(r.url(), why + "; the page went without it");
        if (r.resourceType().equals("Document") && r.event().get("frameId").getAsString().equals(mainFrame)) {
            refusedDocument = Optional.of("the page did not end within " + BodyLimits.megabytes(budget.perBody())
                    + " (an endless page?)");
        }
        JsonObject fail = r.id().deepCopy();
        fail.addProperty("errorReason", "BlockedByClient");
        cdp.send("Fetch.failRequest", fail);
    }

    private <T> T within(Supplier<T> read) {
        return guard.within(Duration.ofMillis((long) deadline.millisLeft()).plus(GRACE), read);
    }
}
