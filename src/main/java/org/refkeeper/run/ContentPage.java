package org.refkeeper.run;

import java.util.Optional;

/** {@code content.md}: the title, the URL and the main text of the last good capture, made to be diffed. */
final class ContentPage {
    private ContentPage() {
    }

    static String render(String title, String url, String mainText) {
        String body = mainText.strip();
        return "# " + title.strip() + "\n\n<" + url + ">\n\n" + body + (body.isEmpty() ? "" : "\n");
    }

    /** The main text of a {@code content.md} written for {@code url}; empty when the file is not one such. */
    static Optional<String> mainText(String page, String url) {
        String head = "\n\n<" + url + ">\n";
        int at = page.startsWith("# ") ? page.indexOf(head) : -1;
        return at < 0 ? Optional.empty() : Optional.of(page.substring(at + head.length()).strip());
    }
}
