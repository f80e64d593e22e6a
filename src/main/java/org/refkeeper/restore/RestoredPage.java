package org.refkeeper.restore;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.refkeeper.verdict.State;
import org.refkeeper.warc.Snapshot;
import org.refkeeper.warc.StoredResource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A captured page made to open offline: its HTML, and the files under {@code files/} that the HTML uses,
 * by name. Pure: nothing is written here.
 */
record RestoredPage(String html, Map<String, byte[]> files) {
    /** Offline copies never talk to the network, even with their scripts kept. */
    static final String POLICY = "connect-src 'none'; form-action 'none'; base-uri 'none'; object-src 'none'";

    RestoredPage {
        files = Collections.unmodifiableMap(new LinkedHashMap<>(files)); // in the order the page uses them
    }

    /**
     * @param pageUrl     where the page was when captured (after redirects): relative addresses resolve against it
     * @param stateNow    the source's state now, for the banner
     * @param keepScripts keep the page's scripts
     */
    static RestoredPage of(Snapshot snapshot, String pageUrl, Instant capturedAt, State stateNow, boolean keepScripts)
            throws IOException {
        LocalResources local = new LocalResources(new CapturedResources(snapshot), keepScripts);
        Document doc = dom(snapshot, pageUrl);
        if (!keepScripts) {
            Scripts.strip(doc);
        }
        PageRewriter.rewrite(doc, pageUrl, local);
        Reveal.hiddenContent(doc, pageUrl);
        Banner.add(doc, pageUrl, capturedAt, stateNow);
        head(doc);
        return new RestoredPage(doc.outerHtml(), local.files());
    }

    /** The DOM as the browser had it once scripts had run; else the HTML the server sent. */
    private static Document dom(Snapshot snapshot, String pageUrl) throws IOException {
        Optional<String> dom = snapshot.dom().filter(d -> !d.isBlank());
        if (dom.isPresent()) {
            return Jsoup.parse(dom.get(), pageUrl);
        }
        StoredResource page = snapshot.page()
                .orElseThrow(() -> new IOException(pageUrl + ": the capture holds neither the page nor its DOM"));
        return Jsoup.parse(new ByteArrayInputStream(page.body()),
                FileTypes.charset(page.contentType()).orElse(null), pageUrl);
    }

    /** UTF-8 declared first (the file is written so), then no referrer and no network for whatever still runs. */
    static void head(Document doc) {
        doc.select("meta[charset], meta[http-equiv~=(?i)^content-type$], meta[name=referrer]").remove();
        Element head = doc.head();
        head.prependElement("meta").attr("http-equiv", "Content-Security-Policy").attr("content", POLICY);
        head.prependElement("meta").attr("name", "referrer").attr("content", "no-referrer");
        head.prependElement("meta").attr("charset", "utf-8");
        doc.outputSettings().charset(StandardCharsets.UTF_8).prettyPrint(false);
    }
}
