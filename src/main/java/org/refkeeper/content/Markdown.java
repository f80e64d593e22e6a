package org.refkeeper.content;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Renders main content as Markdown-ish plain text that reads well and diffs well: one paragraph per block,
 * separated by blank lines; headings as {@code #}, list items as {@code - }, images as
 * {@code ![alt](absolute URL)} lines, preformatted text fenced. Links keep their text only.
 */
public final class Markdown {
    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "dd", "details",
            "div", "dl", "dt", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
            "header", "hr", "li", "main", "nav", "ol", "p", "section", "summary", "table", "tbody", "thead",
            "tfoot", "tr", "ul", "center");

    private final List<String> blocks = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();

    private Markdown() {
    }

    public static String of(Element root) {
        Markdown md = new Markdown();
        md.children(root);
        md.flush();
        return String.join("\n\n", md.blocks);
    }

    private void children(Element parent) {
        for (Node child : parent.childNodes()) {
            if (child instanceof TextNode text) {
                inline(text.text());
            } else if (child instanceof Element e) {
                element(e);
            }
        }
    }

    private void element(Element e) {
        String name = e.normalName();
        switch (name) {
            case "br" -> line.append('\n');
            case "img" -> Images.source(e).ifPresent(src -> block("![" + inlineText(e.attr("alt")) + "](" + src + ")"));
            case "pre" -> block("```\n" + preformatted(e) + "\n```");
            case "td", "th" -> {
                if (!line.isEmpty()) {
                    line.append(" | ");
                }
                children(e);
            }
            default -> {
                if (!BLOCKS.contains(name)) {
                    children(e);
                    return;
                }
                flush();
                if (name.length() == 2 && name.charAt(0) == 'h' && Character.isDigit(name.charAt(1))) {
                    line.append("#".repeat(name.charAt(1) - '0')).append(' ');
                } else if (name.equals("li")) {
                    line.append("- ");
                }
                children(e);
                flush();
            }
        }
    }

    private void inline(String text) {
        String t = inlineText(text);
        if (line.isEmpty() || line.charAt(line.length() - 1) == '\n' || line.charAt(line.length() - 1) == ' ') {
            t = t.stripLeading();
        }
        line.append(t);
    }

    private void block(String text) {
        flush();
        blocks.add(text);
    }

    private void flush() {
        String paragraph = line.toString().replaceAll(" *\n *", "\n").replaceAll("\n{2,}", "\n").strip();
        line.setLength(0);
        if (!paragraph.isEmpty() && !paragraph.equals("-") && !paragraph.matches("#+")) {
            blocks.add(paragraph);
        }
    }

    // WeChat's code blocks put each line in a <code> of its own.
    private static String preformatted(Element pre) {
        List<Element> children = pre.children();
        boolean linePerCode = children.size() > 1 && children.stream().allMatch(c -> c.normalName().equals("code"));
        String text = linePerCode
                ? String.join("\n", children.stream().map(Element::wholeText).toList())
                : pre.wholeText();
        return Text.stripInvisible(text).stripTrailing().replaceFirst("^\n+", "");
    }

    private static String inlineText(String text) {
        return Text.stripInvisible(text).replaceAll("(?U)\\s+", " ");
    }
}
