package org.refkeeper.capture;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.microsoft.playwright.CDPSession;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Catches a navigation that answers with a file (a PDF, an archive, an attachment: see {@link PageTypes})
 * before Chromium downloads it or opens its PDF viewer, whose page would hold the viewer, not the file. The
 * recorder gets the exchange as the server sent it, whole body included; the navigation is then aborted, so
 * the page (or the frame that embeds the file) stays as it was. Through the DevTools Fetch domain, paused
 * once a document's response headers are in; pages and redirects pass on untouched.
 */
final class FileCatcher {
    /** Waiting for the body may take a little past the page's deadline before the guard gives up on it. */
    private static final Duration GRACE = Duration.ofSeconds(2);

    private final CDPSession cdp;
    private final String mainFrame;
    private final Recorder recorder;
    /** How much of a body one protocol call hands over. */
    private static final int READ_SIZE = 1 << 20;

    private final StallGuard guard;
    private final Deadline deadline;
    private final PageBudget budget;

    private FileCatcher(CDPSession cdp, Recorder recorder, StallGuard guard, Deadline deadline, PageBudget budget) {
        this.cdp = cdp;
        this.mainFrame = cdp.send("Page.getFrameTree").getAsJsonObject("frameTree")
                .getAsJsonObject("frame").get("id").getAsString();
        this.recorder = recorder;
        this.guard = guard;
        this.deadline = deadline;
        this.budget = budget;
    }

    /** Starts catching on a page (through its own DevTools session) that has not navigated yet. */
    static void watch(CDPSession cdp, Recorder recorder, StallGuard guard, Deadline deadline, PageBudget budget) {
        FileCatcher catcher = new FileCatcher(cdp, recorder, guard, deadline, budget);
        catcher.cdp.on("Fetch.requestPaused", catcher::paused);
        JsonObject documents = new JsonObject();
        documents.addProperty("resourceType", "Document");
        documents.addProperty("requestStage", "Response");
        JsonArray patterns = new JsonArray();
        patterns.add(documents);
        JsonObject enable = new JsonObject();
        enable.add("patterns", patterns);
        catcher.cdp.send("Fetch.enable", enable);
    }

    private void paused(JsonObject event) {
        JsonObject request = new JsonObject();
        request.add("requestId", event.get("requestId"));
        List<Header> headers = headers(event.getAsJsonArray("responseHeaders"));
        int status = event.has("responseStatusCode") ? event.get("responseStatusCode").getAsInt() : 0;
        if (!isFile(status, headers)) {
            cdp.send("Fetch.continueRequest", request);
            return;
        }
        Instant arrived = Instant.now();
        String url = event.getAsJsonObject("request").get("url").getAsString();
        long declared = declaredLength(headers);
        // admit() says why a body declared over the limit is left out
        byte[] body = declared > budget.perBody() && !budget.admit(url, declared) ? new byte[0]
                : guard.within(Duration.ofMillis((long) deadline.millisLeft()).plus(GRACE), () -> body(request, url));
        recorder.caught(exchange(event, status, headers, body, arrived), event.get("frameId").getAsString().equals(mainFrame));
        request.addProperty("errorReason", "Aborted");
        cdp.send("Fetch.failRequest", request);
    }

    // A response that failed at the network level has no status: the browser reports that failure itself.
    private static boolean isFile(int status, List<Header> headers) {
        return status != 0 && status / 100 != 3
                && !PageTypes.showsAsPage(first(headers, "Content-Type").orElse(""), first(headers, "Content-Disposition"));
    }

    /** The protocol spoken (h2, http/1.1) is not reported at this stage, so the exchange names none. */
    private static Exchange exchange(JsonObject event, int status, List<Header> headers, byte[] body, Instant arrived) {
        JsonObject request = event.getAsJsonObject("request");
        String statusText = event.has("responseStatusText") ? event.get("responseStatusText").getAsString() : "";
        return new Exchange(request.get("method").getAsString(), request.get("url").getAsString(),
                requestHeaders(request), requestBody(request), status, statusText, "", headers, body, arrived);
    }

    /**
     * The body as the browser decoded it (Content-Encoding undone), read as a stream a piece at a time, so that
     * one over the limit for a body is never held whole; empty, with the reason noted, when it is over.
     */
    private byte[] body(JsonObject id, String url) {
        String stream = cdp.send("Fetch.takeResponseBodyAsStream", id).get("stream").getAsString();
        JsonObject read = new JsonObject();
        read.addProperty("handle", stream);
        read.addProperty("size", READ_SIZE);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            while (true) {
                JsonObject chunk = cdp.send("IO.read", read);
                String data = chunk.get("data").getAsString();
                body.writeBytes(chunk.has("base64Encoded") && chunk.get("base64Encoded").getAsBoolean()
                        ? Base64.getDecoder().decode(data) : data.getBytes(StandardCharsets.UTF_8));
                if (body.size() > budget.perBody()) {
                    budget.admit(url, body.size()); // notes why it is left out
                    return new byte[0];
                }
                if (chunk.get("eof").getAsBoolean()) {
                    break;
                }
            }
        } finally {
            JsonObject close = new JsonObject();
            close.addProperty("handle", stream);
            cdp.send("IO.close", close);
        }
        return budget.admit(url, body.size()) ? body.toByteArray() : new byte[0];
    }

    /** The headers the page asked with; the network stack adds its own (Host, Cookie, Accept-Encoding). */
    private static List<Header> requestHeaders(JsonObject request) {
        List<Header> out = new ArrayList<>();
        for (Map.Entry<String, JsonElement> h : request.getAsJsonObject("headers").entrySet()) {
            // the protocol joins a repeated header's values with newlines
            for (String value : h.getValue().getAsString().split("\n")) {
                out.add(new Header(h.getKey(), value));
            }
        }
        return out;
    }

    /** A form's submission that answered with a file; a plain navigation has no body. */
    private static byte[] requestBody(JsonObject request) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (request.has("postDataEntries")) {
            for (JsonElement entry : request.getAsJsonArray("postDataEntries")) {
                if (entry.getAsJsonObject().has("bytes")) {
                    body.writeBytes(Base64.getDecoder().decode(entry.getAsJsonObject().get("bytes").getAsString()));
                }
            }
        }
        return body.toByteArray();
    }

    private static List<Header> headers(JsonArray headers) {
        List<Header> out = new ArrayList<>();
        if (headers != null) {
            for (JsonElement h : headers) {
                JsonObject header = h.getAsJsonObject();
                out.add(new Header(header.get("name").getAsString(), header.get("value").getAsString()));
            }
        }
        return out;
    }

    private static Optional<String> first(List<Header> headers, String name) {
        return headers.stream().filter(h -> h.name().equalsIgnoreCase(name)).map(Header::value).findFirst();
    }

    private static long declaredLength(List<Header> headers) {
        try {
            return first(headers, "Content-Length").map(v -> Long.parseLong(v.strip())).orElse(-1L);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
