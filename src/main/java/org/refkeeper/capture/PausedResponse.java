package org.refkeeper.capture;

import org.refkeeper.page.Header;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A response held by the browser once its headers are in, its body not yet handed to the page (DevTools
 * protocol {@code Fetch.requestPaused} at the response stage).
 *
 * @param id     the protocol's handle on it: {@code {"requestId": ...}}
 * @param status 0 when the request failed at the network level: the browser reports that failure itself
 */
record PausedResponse(JsonObject id, JsonObject event, String url, String resourceType, int status,
                      List<Header> headers) {
    static PausedResponse of(JsonObject event) {
        JsonObject id = new JsonObject();
        id.add("requestId", event.get("requestId"));
        List<Header> headers = new ArrayList<>();
        JsonArray given = event.getAsJsonArray("responseHeaders");
        if (given != null) {
            for (JsonElement h : given) {
                JsonObject header = h.getAsJsonObject();
                headers.add(new Header(header.get("name").getAsString(), header.get("value").getAsString()));
            }
        }
        return new PausedResponse(id, event, event.getAsJsonObject("request").get("url").getAsString(),
                event.get("resourceType").getAsString(),
                event.has("responseStatusCode") ? event.get("responseStatusCode").getAsInt() : 0, headers);
    }

    Optional<String> header(String name) {
        return headers.stream().filter(h -> h.name().equalsIgnoreCase(name)).map(Header::value).findFirst();
    }

    /** Its Content-Length; -1 when it gives none, or none that reads. */
    long declaredLength() {
        try {
            return header("Content-Length").map(v -> Long.parseLong(v.strip())).orElse(-1L);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Whether the body travels as it is (no Content-Encoding), so its declared length is its decoded length. */
    boolean identity() {
        return header("Content-Encoding").map(v -> v.isBlank() || v.strip().toLowerCase(Locale.ROOT).equals("identity"))
                .orElse(true);
    }

    /** Whether there is a body to speak of: not a redirect, not "no content", not a HEAD. */
    boolean hasBody() {
        String method = event.getAsJsonObject("request").get("method").getAsString();
        return status != 0 && status / 100 != 3 && status != 204 && status != 304 && !method.equals("HEAD");
    }
}
