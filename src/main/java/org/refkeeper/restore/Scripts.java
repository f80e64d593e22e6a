package org.refkeeper.restore;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.List;
import java.util.Locale;

/**
 * Takes out everything in a page that runs: script elements, event handler attributes, {@code javascript:}
 * addresses, inline frames' own documents. The DOM was captured after the scripts had run, so what they
 * drew is already there.
 */
final class Scripts {
    private static final List<String> URL_ATTRIBUTES = List.of("href", "src", "action", "formaction", "data",
            "xlink:href", "poster", "background");

    private Scripts() {
    }

    static void strip(Document doc) {
        doc.select("script, link[rel~=(?i)^modulepreload$], link[as=script]").remove();
        for (Element e : doc.getAllElements()) {
            List<String> handlers = e.attributes().asList().stream().map(Attribute::getKey)
                    .filter(k -> k.toLowerCase(Locale.ROOT).startsWith("on")).toList();
            handlers.forEach(e::removeAttr);
            for (String attribute : URL_ATTRIBUTES) {
                if (isScript(e.attr(attribute))) {
                    e.removeAttr(attribute);
                }
            }
            e.removeAttr("srcdoc");
        }
    }

    /** {@code javascript:} however a page disguises it: case, leading spaces, tabs or newlines inside. */
    static boolean isScript(String url) {
        String squeezed = url.replaceAll("[\\s\\x00-\\x1f]", "").toLowerCase(Locale.ROOT);
        return squeezed.startsWith("javascript:") || squeezed.startsWith("vbscript:");
    }
}
