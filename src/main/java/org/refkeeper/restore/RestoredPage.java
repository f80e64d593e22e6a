package org.refkeeper.restore;

import org.jsoup.Jsoup;
import org.jsoup.nodes.DataNode;
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
    /**
     * The one hole a policy leaves: a kept script may still navigate the page, or open a window, onto the live
     * web. This runs before any of the page's scripts and refuses both (Chromium's Navigation API; a browser
     * without it keeps the hole).
     */
    static final String GUARD = "(() => { const nav = window.navigation; if (nav) { nav.addEventListener('navigate', e => { "
            + "if (e.cancelable && !/^(file|blob|data|about):/.test(e.destination.url) "
            + "&& new URL(e.destination.url).origin !== location.origin) { e.preventDefault(); } }); } "
            + "window.open = () => null; })();";

    RestoredPage {
        files = Collections.unmodifiableMap(new LinkedHashMap<>(files)); // in the order the page uses them
    }

    /**
     * @param pageUrl     where the page was when captured (after redirects): relative addresses resolve against it
     * @param stateNow    the source's state now, for the banner
     * @param policy      whether the page's scripts stay, and what it may load
     */
    static RestoredPage of(Snapshot snapshot, String pageUrl, Instant capturedAt, State stateNow, CopyPolicy policy)
            throws IOException {
        LocalResources local = new LocalResources(new CapturedResources(snapshot), policy);
        Document doc = dom(snapshot, pageUrl);
        Gallery.add(doc, pageUrl); // reads the post's data from its scripts, so before they go
        if (!policy.keepScripts()) {
            Scripts.strip(doc);
        }
        LazyImageStyles.restore(doc);
        PageRewriter.rewrite(doc, pageUrl, local);
        Reveal.hiddenContent(doc, pageUrl);
        Banner.add(doc, pageUrl, capturedAt, stateNow);
        head(doc, policy);
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

    /**
     * UTF-8 declared first (the file is written so), then no referrer, no DNS prefetching and the policy: no
     * network for whatever still runs; with the page's scripts kept, the guard before them.
     */
    static void head(Document doc, CopyPolicy policy) {
        doc.select("meta[charset], meta[http-equiv~=(?i)^content-type$], meta[name=referrer], "
                + "meta[http-equiv~=(?i)^x-dns-prefetch-control$]").remove();
        Element head = doc.head();
        if (policy.keepScripts()) {
            head.prependElement("script").appendChild(new DataNode(GUARD));
        }
        head.prependElement("meta").attr("http-equiv", "x-dns-prefetch-control").attr("content", "off");
        head.prependElement("meta").attr("http-equiv", "Content-Security-Policy").attr("content", policy.policy());
        head.prependElement("meta").attr("name", "referrer").attr("content", "no-referrer");
        head.prependElement("meta").attr("charset", "utf-8");
        doc.outputSettings().charset(StandardCharsets.UTF_8).prettyPrint(false);
    }

}
