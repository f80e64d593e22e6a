package org.refkeeper.foreign;

import org.jsoup.Jsoup;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.URIs;
import org.refkeeper.capture.Capture;
import org.refkeeper.capture.Exchange;
import org.refkeeper.capture.Header;
import org.refkeeper.warc.Html;
import org.refkeeper.warc.Snapshot;
import org.refkeeper.warc.StoredResource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A page read from another tool's archive, as the capture a browser would have handed over: its stored
 * responses as exchanges (the main document and its redirects first), captured when the file says it was.
 * The file has no screenshot; the DOM is the one refkeeper recorded, else the page's HTML as served.
 */
public final class SnapshotCapture {
    private static final int MAX_REDIRECTS = 20;

    private SnapshotCapture() {
    }

    /** @return empty when the file holds no response for the page itself */
    public static Optional<Capture> of(Snapshot snapshot) {
        List<StoredResource> chain = redirectChain(snapshot);
        if (chain.isEmpty()) {
            return Optional.empty();
        }
        List<Exchange> exchanges = new ArrayList<>();
        chain.forEach(r -> exchanges.add(exchange(r)));
        snapshot.resources().stream().filter(r -> !chain.contains(r)).forEach(r -> exchanges.add(exchange(r)));
        StoredResource page = chain.get(chain.size() - 1);
        String dom = snapshot.dom().orElseGet(() -> html(page));
        return Optional.of(new Capture(snapshot.url(), page.url(), chain.stream().map(StoredResource::url).toList(),
                page.status(), snapshot.date(), exchanges, new byte[0], dom, Optional.empty()));
    }

    /** The page's response and the redirects before it, in the order a browser followed them. */
    private static List<StoredResource> redirectChain(Snapshot snapshot) {
        List<StoredResource> chain = new ArrayList<>();
        String next = snapshot.url();
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            Optional<StoredResource> found = snapshot.resource(next);
            if (found.isEmpty() || chain.contains(found.get())) {
                break;
            }
            chain.add(found.get());
            Optional<String> location = found.get().header("Location");
            if (!found.get().isRedirect() || location.isEmpty()) {
                break;
            }
            try {
                next = URIs.parseLeniently(next).resolve(URIs.parseLeniently(location.get())).toString();
            } catch (IllegalArgumentException e) {
                break;
            }
        }
        return chain;
    }

    /**
     * The file keeps neither the request headers nor the reason phrase with a response; GET is what a page load
     * asks. Content-Length goes: the bundle writer states the length of the body it stores.
     */
    private static Exchange exchange(StoredResource r) {
        List<Header> headers = r.headers().stream().filter(h -> !h.name().equalsIgnoreCase("Content-Length")).toList();
        return new Exchange("GET", r.url(), List.of(), new byte[0], r.status(), "", "", headers, r.body(), r.date());
    }

    /** The page's HTML as text, in the charset its Content-Type names or, failing that, the one it declares. */
    private static String html(StoredResource page) {
        if (!Html.is(page.contentType())) {
            return "";
        }
        String charset = MediaType.parseLeniently(page.contentType()).parameters().get("charset");
        try {
            return Jsoup.parse(new ByteArrayInputStream(page.body()), charset, page.url()).outerHtml();
        } catch (IOException | IllegalArgumentException unknownCharset) {
            try {
                return Jsoup.parse(new ByteArrayInputStream(page.body()), null, page.url()).outerHtml();
            } catch (IOException impossible) {
                throw new IllegalStateException("reading a byte array cannot fail", impossible);
            }
        }
    }
}
