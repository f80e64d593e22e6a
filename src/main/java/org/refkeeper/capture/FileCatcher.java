package org.refkeeper.capture;

import org.refkeeper.chromium.PageBudget;
import org.refkeeper.chromium.PageTypes;
import org.refkeeper.page.Exchange;
import org.refkeeper.page.Header;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.microsoft.playwright.CDPSession;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Catches a navigation that answers with a file (a PDF, an archive, an attachment: see {@link PageTypes})
 * before Chromium downloads it or opens its PDF viewer, whose page would hold the viewer, not the file. The
 * recorder gets the exchange as the server sent it, whole body included (read as a stream, up to the limit for
 * one body); the navigation is then aborted, so the page (or the frame that embeds the file) stays as it was.
 * The {@link ResponseGate} hands it the documents that are files.
 */
final class FileCatcher {
    private final CDPSession cdp;
    private final Recorder recorder;
    private final String mainFrame;
    private final PageBudget budget;

    FileCatcher(CDPSession cdp, Recorder recorder, String mainFrame, PageBudget budget) {
        this.cdp = cdp;
        this.recorder = recorder;
        this.mainFrame = mainFrame;
        this.budget = budget;
    }

    // A response that failed at the network level has no status: the browser reports that failure itself.
    static boolean isFile(PausedResponse r) {
        return r.status() != 0 && r.status() / 100 != 3
                && !PageTypes.showsAsPage(r.header("Content-Type").orElse(""), r.header("Content-Disposition"));
    }

    /** Takes the file's body, hands the exchange to the recorder and aborts the navigation. */
    void take(PausedResponse r) {
        Instant arrived = Instant.now();
        recorder.caught(exchange(r, body(r), arrived), r.event().get("frameId").getAsString().equals(mainFrame));
        JsonObject fail = r.id().deepCopy();
        fail.addProperty("errorReason", "Aborted");
        cdp.send("Fetch.failRequest", fail);
    }

    /** The file's body; empty, and noted by the budget, when it is over the limit for one body or the page's. */
    private byte[] body(PausedResponse r) {
        if (r.declaredLength() > budget.perBody()) {
            budget.admit(r.url(), r.declaredLength());
            return new byte[0];
        }
        Optional<byte[]> read = BodyStream.read(cdp, r.id(), budget.perBody());
        long size = read.map(b -> (long) b.length).orElse(budget.perBody() + 1);
        return budget.admit(r.url(), size) ? read.get() : new byte[0];
    }

    /** The protocol spoken (h2, http/1.1) is not reported at this stage, so the exchange names none. */
    private static Exchange exchange(PausedResponse r, byte[] body, Instant arrived) {
        JsonObject request = r.event().getAsJsonObject("request");
        String statusText = r.event().has("responseStatusText") ? r.event().get("responseStatusText").getAsString() : "";
        return new Exchange(request.get("method").getAsString(), r.url(), requestHeaders(request), requestBody(request),
                r.status(), statusText, "", r.headers(), body, arrived);
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
}
