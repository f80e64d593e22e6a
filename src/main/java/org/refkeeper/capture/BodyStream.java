package org.refkeeper.capture;

import com.google.gson.JsonObject;
import com.microsoft.playwright.CDPSession;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * A paused response's body read off the browser a megabyte at a time, decoded (Content-Encoding undone by the
 * network stack), never more than a limit: a few kilobytes of gzip that decode to gigabytes, or a body that never
 * ends, cost at most the limit. Taking the body ends the browser's own delivery of it: the caller then hands it
 * to the page or fails the request.
 */
final class BodyStream {
    private static final int READ_SIZE = 1 << 20;

    private BodyStream() {
    }

    /** The whole body; empty when it is longer than {@code most} bytes, of which then no more is read. */
    static Optional<byte[]> read(CDPSession cdp, JsonObject id, long most) {
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
                if (body.size() > most) {
                    return Optional.empty();
                }
                if (chunk.get("eof").getAsBoolean()) {
                    return Optional.of(body.toByteArray());
                }
            }
        } finally {
            JsonObject close = new JsonObject();
            close.addProperty("handle", stream);
            cdp.send("IO.close", close);
        }
    }
}
