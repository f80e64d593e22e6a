package org.refkeeper.foreign;

import org.jsoup.Jsoup;
import org.netpreserve.jwarc.MediaType;
import org.refkeeper.page.Capture;
import org.refkeeper.page.Exchange;
import org.refkeeper.page.Header;
import org.refkeeper.records.ForeignRecord;
import org.refkeeper.records.PageRecords;
import org.refkeeper.warc.HttpBodies;
import org.refkeeper.warc.UrlKey;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * An imported page as the capture a browser would have handed over, for judging: its redirects and its own
 * response (main document first) and its pictures, with their bodies decoded within the caps; dated when the
 * file says it was captured. The DOM is the one refkeeper recorded, else the page's HTML as served.
 */
final class PageCapture {
    private static final int MAX_REDIRECTS = 20;
    /** Headers that describe the body on the wire, not the decoded body a capture holds. */
    private static final Set<String> WIRE = Set.of("content-encoding", "transfer-encoding", "content-length");

    private final Bodies bodies;

    PageCapture(Bodies bodies) {
        this.bodies = bodies;
    }

    /** The capture, or why there is none. */
    record Result(Optional<Capture> capture, String whyNot) {
    }

    Result of(ForeignPage page) throws IOException {
        PageRecords records = page.records();
        List<ForeignRecord> chain = chain(page);
        ForeignRecord own = chain.get(chain.size() - 1);
        Optional<byte[]> document = bodies.decoded(own, HttpBodies.MAX_DECODED);
        if (document.isEmpty()) {
            return new Result(Optional.empty(), own.type().equals("revisit")
                    ? "its record is a revisit whose original none of the files holds"
                    : "its body is larger than " + (HttpBodies.MAX_DECODED >> 20) + " MiB once decoded; not read");
        }
        long budget = Bodies.MAX_PAGE - document.get().length;
        List<Exchange> exchanges = new ArrayList<>();
        for (ForeignRecord r : chain) {
            exchanges.add(exchange(r, r == own ? document.get() : new byte[0]));
        }
        for (PageRecords.Member m : records.members()) {
            ForeignRecord r = m.record();
            if (chain.contains(r) || !ImportIndex.isCapture(r)) {
                continue;
            }
            byte[] body = new byte[0];
            if (r.mime().startsWith("image/") && budget > 0) {
                body = bodies.decoded(r, (int) Math.min(Bodies.MAX_BODY, budget)).orElse(new byte[0]);
                budget -= body.length;
            }
            exchanges.add(exchange(r, body));
        }
        String dom = records.dom().isPresent()
                ? new String(bodies.decoded(records.dom().get(), HttpBodies.MAX_DECODED).orElse(new byte[0]),
                        StandardCharsets.UTF_8)
                : html(own, document.get());
        byte[] screenshot = records.screenshot().isPresent()
                ? bodies.decoded(records.screenshot().get(), Bodies.MAX_BODY).orElse(new byte[0]) : new byte[0];
        return new Result(Optional.of(new Capture(page.url(), own.target(),
                chain.stream().map(ForeignRecord::target).toList(), own.status(), page.date(), exchanges, screenshot,
                dom, Optional.empty())), "");
    }

    /** The page's first record and the redirects after it, in the order a browser followed them. */
    private static List<ForeignRecord> chain(ForeignPage page) {
        List<ForeignRecord> members = page.records().members().stream().map(PageRecords.Member::record).toList();
        List<ForeignRecord> chain = new ArrayList<>();
        ForeignRecord current = page.start();
        for (int hop = 0; hop <= MAX_REDIRECTS && !chain.contains(current); hop++) {
            chain.add(current);
            Optional<String> location = current.http().flatMap(h -> h.header("Location"));
            if (!current.isRedirect() || location.isEmpty()) {
                break;
            }
            String next;
            try {
                next = UrlKey.of(URI.create(UrlKey.of(current.target())).resolve(location.get().strip()).toString());
            } catch (IllegalArgumentException e) {
                break;
            }
            ForeignRecord from = current;
            Optional<ForeignRecord> found = members.stream().filter(r -> UrlKey.of(r.target()).equals(next))
                    .filter(ImportIndex::isCapture)
                    .min(Comparator.comparing(r -> Duration.between(r.date(), from.date()).abs()));
            if (found.isEmpty()) {
                break;
            }
            current = found.get();
        }
        return chain;
    }

    private static Exchange exchange(ForeignRecord r, byte[] body) {
        List<Header> headers = r.http().map(h -> h.headers().stream()
                        .filter(x -> !WIRE.contains(x.name().toLowerCase(Locale.ROOT))).toList())
                .orElseGet(() -> List.of(new Header("Content-Type", r.payloadType())));
        return new Exchange("GET", r.target(), List.of(), new byte[0], r.status(), "", "", headers, body, r.date());
    }

    /** The page's HTML as text, in the charset its Content-Type names or, failing that, the one it declares. */
    private static String html(ForeignRecord page, byte[] body) {
        if (!Documents.isHtml(page)) {
            return "";
        }
        String charset = MediaType.parseLeniently(page.payloadType()).parameters().get("charset");
        try {
            return Jsoup.parse(new ByteArrayInputStream(body), charset, page.target()).outerHtml();
        } catch (IOException | IllegalArgumentException unknownCharset) {
            try {
                return Jsoup.parse(new ByteArrayInputStream(body), null, page.target()).outerHtml();
            } catch (IOException impossible) {
                throw new IllegalStateException("reading a byte array cannot fail", impossible);
            }
        }
    }
}
