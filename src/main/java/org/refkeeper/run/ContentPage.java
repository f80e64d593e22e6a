package org.refkeeper.run;

/** {@code content.md}: the title, the URL and the main text of the last good capture, made to be diffed. */
final class ContentPage {
    private ContentPage() {
    }

    static String render(String title, String url, String mainText) {
        String body = mainText.strip();
        return "# " + title.strip() + "\n\n<" + url + ">\n\n" + body + (body.isEmpty() ? "" : "\n");
    }
}
