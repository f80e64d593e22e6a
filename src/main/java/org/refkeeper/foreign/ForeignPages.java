package org.refkeeper.foreign;

import org.refkeeper.wacz.WaczPage;
import org.refkeeper.warc.BundleWriter;
import org.refkeeper.warc.Html;
import org.refkeeper.warc.RevisitResolver;
import org.refkeeper.warc.Snapshot;
import org.refkeeper.warc.StoredResource;
import org.refkeeper.warc.WarcContents;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Splits the responses of a foreign file into one {@link Snapshot} per page. The pages are the file's page list
 * where it has one; otherwise every 200 HTML response that is not a frame of another page (by the
 * {@code iframe}/{@code frame} elements of the file's HTML, a Sec-Fetch-Dest other than {@code document}, or a
 * Referer naming another document of the file that has no link to it).
 * Every response that is not a page belongs to every page's snapshot, the one nearest in time for each URL.
 */
final class ForeignPages {
    private ForeignPages() {
    }

    static List<Snapshot> snapshots(WarcContents contents, List<WaczPage> listed) throws IOException {
        // A foreign file's revisits can only be resolved inside it; those pointing elsewhere cannot be replayed.
        List<StoredResource> resources = contents.resolve(RevisitResolver.NONE).resources();
        List<WaczPage> pages = listed.isEmpty() ? detect(resources, contents) : listed;
        Set<String> pageUrls = new HashSet<>();
        pages.forEach(p -> pageUrls.add(p.url()));
        List<Snapshot> snapshots = new ArrayList<>();
        for (WaczPage page : pages) {
            snapshots.add(snapshot(page, resources, pageUrls, contents));
        }
        return snapshots;
    }

    private static List<WaczPage> detect(List<StoredResource> resources, WarcContents contents) {
        Map<String, StoredResource> documents = new LinkedHashMap<>();
        Map<String, Html> html = new HashMap<>();
        Set<String> frames = new HashSet<>();
        for (StoredResource r : resources) {
            if (r.status() == 200 && Html.is(r.contentType()) && !documents.containsKey(r.url())) {
                Html parsed = Html.parse(r.body(), r.contentType(), r.url());
                documents.put(r.url(), r);
                html.put(r.url(), parsed);
                parsed.frames().stream().filter(f -> !f.equals(Html.withoutFragment(r.url()))).forEach(frames::add);
            }
        }
        List<WaczPage> pages = new ArrayList<>();
        for (StoredResource r : documents.values()) {
            if (!frames.contains(Html.withoutFragment(r.url())) && !embedded(r.url(), contents, html)) {
                pages.add(new WaczPage(r.url(), r.date(), Optional.empty(), Optional.empty()));
            }
        }
        return pages;
    }

    /**
     * Whether the browser said it loaded the document into something other than a tab (Sec-Fetch-Dest), or
     * loaded it from another document of the file that does not link to it: frames a script made.
     */
    private static boolean embedded(String url, WarcContents contents, Map<String, Html> documents) {
        if (contents.requestHeader(url, "Sec-Fetch-Dest").filter(d -> !d.equals("document")).isPresent()) {
            return true;
        }
        Optional<Html> referrer = contents.requestHeader(url, "Referer")
                .filter(r -> !r.equals(url)).map(documents::get);
        return referrer.isPresent() && !referrer.get().links().contains(Html.withoutFragment(url));
    }

    private static Snapshot snapshot(WaczPage page, List<StoredResource> resources, Set<String> pageUrls,
                                     WarcContents contents) {
        Comparator<StoredResource> nearest = Comparator.comparing(r -> Duration.between(r.date(), page.ts()).abs());
        Optional<StoredResource> own = resources.stream()
                .filter(r -> r.url().equals(page.url()))
                .min(Comparator.comparing(StoredResource::isRedirect).thenComparing(nearest));
        Map<String, StoredResource> parts = new LinkedHashMap<>();
        own.ifPresent(r -> parts.put(r.url(), r));
        for (StoredResource r : resources) {
            if (!pageUrls.contains(r.url())) {
                parts.merge(r.url(), r, (a, b) -> nearest.compare(b, a) < 0 ? b : a);
            }
        }
        Optional<Html> html = own.filter(r -> Html.is(r.contentType()))
                .map(r -> Html.parse(r.body(), r.contentType(), r.url()));
        return new Snapshot(page.url(), own.map(StoredResource::date).orElse(page.ts()),
                page.title().or(() -> html.flatMap(Html::title)), new ArrayList<>(parts.values()),
                // a file refkeeper wrote keeps what the browser rendered: without it a scripted page looks empty
                contents.resource(BundleWriter.SCREENSHOT + page.url()).map(WarcContents.Block::bytes),
                contents.resource(BundleWriter.DOM + page.url()).map(b -> new String(b.bytes(), java.nio.charset.StandardCharsets.UTF_8)),
                page.text().or(() -> html.flatMap(Html::text)), Optional.empty());
    }
}
