package org.refkeeper.web;

import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.refkeeper.verdict.State;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * The frame of every page of the web UI. Pages are built as jsoup documents, so that every text and
 * attribute taken from the archive is escaped by the library rather than by hand.
 */
final class UiPage {
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);
    private static final String CSS = """
            body{font:15px/1.5 system-ui,"Noto Sans CJK SC",sans-serif;margin:0;color:#222;background:#fafafa}
            header{background:#263238;padding:8px 24px;color:#b0bec5}header a{color:#fff;text-decoration:none;font-weight:600}
            header nav{display:inline;margin-left:24px}header nav a{font-weight:400;margin-right:12px}
            main{max-width:1100px;margin:0 auto;padding:16px 24px}a{color:#1558b0}
            table{border-collapse:collapse;width:100%;background:#fff}td,th{padding:6px 8px;border-bottom:1px solid #e4e4e4;
            text-align:left;vertical-align:top}th{font-size:13px;color:#555}.url{font-size:12px;color:#666;word-break:break-all}
            .state{display:inline-block;padding:0 6px;border-radius:3px;font-size:12px;background:#e0e0e0}
            .state-new,.state-unchanged{background:#c8e6c9}.state-changed{background:#bbdefb}
            .state-vanished{background:#ffcdd2}.state-blocked,.state-unreachable,.state-error{background:#ffe0b2}
            form{margin:12px 0}input,select,button{font:inherit;padding:3px 6px}.muted{color:#777;font-size:13px}
            .snippet{font-size:13px;color:#444}.captures{display:flex;flex-wrap:wrap;gap:12px}
            .capture{background:#fff;border:1px solid #ddd;padding:8px;width:260px}
            .capture img,.no-shot{display:block;box-sizing:border-box;width:100%;height:180px;border:1px solid #eee}
            .capture img{object-fit:cover;object-position:top}.capture>a{display:block;text-decoration:none;color:inherit}
            .no-shot{display:flex;flex-direction:column;justify-content:center;align-items:center;gap:4px;padding:12px;
            background:repeating-linear-gradient(45deg,#f4f4f4 0 10px,#ececec 10px 20px);color:#555;text-align:center}
            .no-shot strong{font-size:14px}.no-shot span{font-size:12px}
            td.line{color:#777;font-size:13px;white-space:nowrap}
            pre.diff{background:#fff;border:1px solid #ddd;padding:8px;overflow-x:auto;white-space:pre-wrap}
            .add{background:#e6ffec;color:#116329;display:block}.del{background:#ffebe9;color:#82071e;display:block}
            .hunk{color:#6f42c1;display:block}.meta{color:#777;display:block}
            """;

    private UiPage() {
    }

    static Document shell(Site site, String title) {
        Document doc = Document.createShell("");
        doc.prependChild(new DocumentType("html", "", ""));
        doc.selectFirst("html").attr("lang", "en");
        doc.outputSettings().charset(StandardCharsets.UTF_8).prettyPrint(false);
        doc.head().appendElement("meta").attr("charset", "utf-8");
        doc.head().appendElement("meta").attr("name", "referrer").attr("content", "no-referrer");
        doc.head().appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        doc.title(title + " · " + site.title());
        doc.head().appendElement("style").appendChild(new DataNode(CSS));
        Element header = doc.body().appendElement("header");
        header.appendElement("a").attr("href", site.sources(Optional.empty())).text(site.title());
        Element nav = header.appendElement("nav");
        nav.appendElement("a").attr("href", site.sources(Optional.empty())).text("sources");
        nav.appendElement("a").attr("href", site.notes()).text("notes");
        doc.body().appendElement("main");
        return doc;
    }

    static Element main(Document doc) {
        return doc.selectFirst("main");
    }

    static Element state(Element parent, State state) {
        return parent.appendElement("span").addClass("state").addClass("state-" + state.label()).text(state.label());
    }

    static String when(Instant at) {
        return WHEN.format(at) + " UTC";
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The live UI's own policy: no script at all, images only from the archived origin. */
    static String policy(String replayOrigin) {
        return "default-src 'none'; style-src 'unsafe-inline'; img-src " + replayOrigin
                + "; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
    }
}
