package org.refkeeper.restore;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.refkeeper.verdict.State;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The bar across the top of a restored page: where it came from, when, and what became of it. Fixed and
 * small, so that the page underneath keeps its layout; styled inline against whatever the page's own
 * style sheets say.
 */
final class Banner {
    static final String ID = "refkeeper-banner";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final String STYLE = "all:initial;position:fixed;top:0;left:0;right:0;z-index:2147483647;"
            + "display:block;box-sizing:border-box;height:22px;padding:0 8px;overflow:hidden;white-space:nowrap;"
            + "text-overflow:ellipsis;background:#fff8d6;border-bottom:1px solid #d9b84a;color:#3a3000;"
            + "font:12px/21px system-ui,sans-serif;text-align:center";

    private Banner() {
    }

    static void add(Document doc, String url, Instant capturedAt, State stateNow) {
        Element bar = doc.body().prependElement("div").id(ID).attr("role", "note").attr("style", STYLE);
        bar.appendText("Archived from ");
        bar.appendElement("a").attr("href", url).attr("style", "all:unset;text-decoration:underline;cursor:pointer")
                .text(url);
        bar.appendText(" on " + DATE.format(capturedAt) + " · state now: " + stateNow.label());
    }

    static String date(Instant at) {
        return DATE.format(at);
    }
}
