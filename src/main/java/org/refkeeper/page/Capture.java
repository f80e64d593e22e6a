package org.refkeeper.page;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the browser saw when it opened one URL.
 *
 * @param url        the URL that was opened
 * @param finalUrl   where the main document ended up after redirects
 * @param redirects  the URLs the main document passed through, in order, {@code url} first, {@code finalUrl} last
 * @param status     HTTP status of the final main document; 0 when nothing loaded
 * @param exchanges  every request and response, main document first, in the order they finished
 * @param screenshot full-page PNG; empty when nothing loaded, or when the main document is a file (a PDF) that
 *                   no page shows: its exchange is then the whole capture
 * @param dom        the rendered DOM after scripts and scrolling, as HTML; empty when nothing loaded or for a file
 * @param failure    why nothing loaded, if nothing did
 * @param omissions  what the capture left out and why, one sentence each (a body over the size limit, a
 *                   screenshot clipped to the part of the page a picture can hold); empty when it is whole
 */
public record Capture(String url, String finalUrl, List<String> redirects, int status, Instant started,
                      List<Exchange> exchanges, byte[] screenshot, String dom, Optional<Failure> failure,
                      List<String> omissions) {
    public Capture {
        redirects = List.copyOf(redirects);
        exchanges = List.copyOf(exchanges);
        omissions = List.copyOf(omissions);
    }

    /** A capture that left nothing out. */
    public Capture(String url, String finalUrl, List<String> redirects, int status, Instant started,
                   List<Exchange> exchanges, byte[] screenshot, String dom, Optional<Failure> failure) {
        this(url, finalUrl, redirects, status, started, exchanges, screenshot, dom, failure, List.of());
    }

    /** A capture where the page never loaded. */
    public static Capture failed(String url, Instant started, Failure failure) {
        return new Capture(url, url, List.of(url), 0, started, List.of(), new byte[0], "", Optional.of(failure));
    }

    /** The exchange that answered {@code url} with a body, if the page loaded it. */
    public Optional<Exchange> exchange(String url) {
        return exchanges.stream().filter(e -> e.url().equals(url) && e.status() / 100 != 3).findFirst();
    }
}
