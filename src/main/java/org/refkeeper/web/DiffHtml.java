package org.refkeeper.web;

import org.jsoup.nodes.Element;

/** A unified diff as HTML: added lines green, removed lines red, hunk headers apart. */
final class DiffHtml {
    private DiffHtml() {
    }

    static void append(Element parent, String unified) {
        Element pre = parent.appendElement("pre").addClass("diff");
        for (String line : unified.split("\n", -1)) {
            String kind;
            if (line.startsWith("+++") || line.startsWith("---") || line.startsWith("diff ") || line.startsWith("index ")) {
                kind = "meta";
            } else if (line.startsWith("+")) {
                kind = "add";
            } else if (line.startsWith("-")) {
                kind = "del";
            } else if (line.startsWith("@@")) {
                kind = "hunk";
            } else {
                pre.appendText(line + "\n");
                continue;
            }
            pre.appendElement("span").addClass(kind).text(line);
        }
    }
}
