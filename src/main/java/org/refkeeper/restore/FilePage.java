package org.refkeeper.restore;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.refkeeper.verdict.FileName;
import org.refkeeper.verdict.State;
import org.refkeeper.warc.Snapshot;
import org.refkeeper.warc.StoredResource;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * A captured file that is no page (a PDF), made to open offline: the file itself beside {@code index.html},
 * under a safe form of the name a browser saves it as, and an {@code index.html} with the banner that names the
 * file, links to it and, for a PDF, shows it. Pure: nothing is written here.
 *
 * @param fileName where the file goes, beside {@code index.html}
 */
record FilePage(String html, String fileName, byte[] body) {
    /** Names a restore writes itself; a file may not take them. */
    private static final Set<String> TAKEN = Set.of(OfflineCopy.PAGE, "content.md", "screenshot.png");

    /** The captured file, when the capture is of one: no rendered DOM, and its main document is not HTML. */
    static Optional<StoredResource> fileIn(Snapshot snapshot) {
        if (snapshot.dom().filter(d -> !d.isBlank()).isPresent()) {
            return Optional.empty();
        }
        return snapshot.page().filter(p -> p.status() / 100 == 2 && !FileTypes.isHtml(p.contentType()));
    }

    static FilePage of(StoredResource file, String pageUrl, Instant capturedAt, State stateNow, CopyPolicy policy) {
        String shown = FileName.of(file.url(), file.header("Content-Disposition"), file.contentType());
        String name = SafeName.ofFile(shown, file.contentType());
        if (TAKEN.contains(name)) {
            name = "file-" + name;
        }
        Document doc = Document.createShell(pageUrl);
        doc.prependChild(new DocumentType("html", "", ""));
        doc.title(shown);
        Banner.add(doc, pageUrl, capturedAt, stateNow);
        Element main = doc.body().appendElement("main").attr("style", "display:block;margin:40px 16px 16px;"
                + "font:15px/1.5 system-ui,sans-serif");
        main.appendElement("h1").attr("style", "font-size:20px").text(shown);
        String kind = FileTypes.isPdf(file.contentType()) ? "PDF document" : file.contentType() + " file";
        main.appendElement("p").text(kind + ", " + file.body().length + " bytes. ")
                .appendElement("a").attr("href", name).text("Open " + name);
        if (FileTypes.isPdf(file.contentType())) {
            // a frame, not <object>: the offline page's policy allows no plugins, and browsers show PDFs in frames
            main.appendElement("iframe").attr("src", name).attr("title", shown)
                    .attr("style", "display:block;width:100%;height:80vh;border:1px solid #ccc");
        }
        RestoredPage.head(doc, policy);
        return new FilePage(doc.outerHtml(), name, file.body());
    }
}
