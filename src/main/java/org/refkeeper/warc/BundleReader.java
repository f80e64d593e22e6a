package org.refkeeper.warc;

import org.netpreserve.jwarc.WarcReader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Reads a bundle that {@link BundleWriter} wrote back into the {@link Snapshot} it holds. */
public final class BundleReader {
    private BundleReader() {
    }

    /**
     * @param resolver finds payloads that revisit records in this bundle stand for when they are stored elsewhere
     * @throws IOException if the file is unreadable, is not a refkeeper bundle, or a revisit's payload is nowhere
     */
    public static Snapshot read(Path bundle, RevisitResolver resolver) throws IOException {
        WarcContents contents = new WarcContents();
        try (WarcReader reader = new WarcReader(bundle)) {
            contents.add(reader, bundle.toString());
        }
        // the verdict is refkeeper's JSON metadata record, written last; an imported bundle may hold others' too
        List<WarcContents.Block> metadata = contents.metadata().stream()
                .filter(m -> m.contentType().startsWith("application/json")).toList();
        if (metadata.isEmpty()) {
            throw new IOException(bundle + ": not a refkeeper bundle (no metadata record)");
        }
        WarcContents.Resolved resolved = contents.resolve(resolver);
        if (!resolved.missing().isEmpty()) {
            throw new IOException(bundle + ": revisit records refer to payloads no bundle holds: "
                    + resolved.missing());
        }
        List<StoredResource> resources = resolved.resources();
        WarcContents.Block verdict = metadata.get(metadata.size() - 1);
        String url = verdict.uri();
        Optional<byte[]> screenshot = contents.resource(BundleWriter.SCREENSHOT + url).map(WarcContents.Block::bytes);
        Optional<String> dom = text(contents, BundleWriter.DOM + url);
        Optional<String> mainText = text(contents, BundleWriter.TEXT + url);
        Snapshot snapshot = new Snapshot(url, verdict.date(), Optional.empty(), resources, screenshot, dom, mainText,
                Optional.of(new String(verdict.bytes(), StandardCharsets.UTF_8)));
        // The title the page had once its scripts ran, else the one its HTML came with.
        return snapshot.withTitle(dom.map(html -> Html.parse(html, url)).flatMap(Html::title)
                .or(() -> snapshot.page().filter(p -> Html.is(p.contentType()))
                        .flatMap(p -> Html.parse(p.body(), p.contentType(), p.url()).title())));
    }

    private static Optional<String> text(WarcContents contents, String uri) {
        return contents.resource(uri).map(b -> new String(b.bytes(), StandardCharsets.UTF_8));
    }
}
