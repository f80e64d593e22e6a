package org.refkeeper.citations;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/** The plain text of inline Markdown (emphasis and code marks dropped), by node and by source line. */
final class InlineText {
    private InlineText() {
    }

    /** The text a node shows, line breaks as spaces, trimmed. */
    static String of(Node node) {
        return shown(node).strip();
    }

    /** The text a node shows, line breaks as spaces, untrimmed. */
    static String shown(Node node) {
        StringBuilder text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
                text.append(t.getLiteral());
            }

            @Override
            public void visit(Code c) {
                text.append(c.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak b) {
                text.append(' ');
            }

            @Override
            public void visit(HardLineBreak b) {
                text.append(' ');
            }
        });
        return text.toString();
    }

    /**
     * A heading's text without a kramdown attribute list such as {@code {#id}} at its end. By hand: the regular
     * expression it replaces backtracked over every run of spaces, for minutes on a long heading.
     */
    static String headingText(Heading heading) {
        String text = of(heading);
        int open = text.lastIndexOf('{');
        boolean attributes = text.endsWith("}") && open >= 0 && open + 1 < text.length() - 1
                && (text.charAt(open + 1) == ':' || text.charAt(open + 1) == '#')
                && text.indexOf('}', open) == text.length() - 1;
        return attributes ? text.substring(0, open).stripTrailing() : text;
    }

    static boolean isLineBreak(Node node) {
        return node instanceof SoftLineBreak || node instanceof HardLineBreak;
    }

    /** The text of one line of a paragraph, from {@code first} up to the next line break. */
    static String line(Node first) {
        StringBuilder text = new StringBuilder();
        for (Node n = first; n != null && !isLineBreak(n); n = n.getNext()) {
            text.append(shown(n));
        }
        return text.toString().strip();
    }

    /** Whether the line starting at {@code first} holds a link and nothing else. */
    static boolean isLinkLine(Node first) {
        int links = 0;
        for (Node n = first; n != null && !isLineBreak(n); n = n.getNext()) {
            if (n instanceof Link) {
                links++;
            } else if (!of(n).isBlank()) {
                return false;
            }
        }
        return links == 1;
    }

    /** The text after an inline {@code <a href>} tag, up to its {@code </a>}. */
    static String untilClosingAnchor(Node first) {
        StringBuilder text = new StringBuilder();
        for (Node n = first; n != null; n = n.getNext()) {
            if (n instanceof HtmlInline html && html.getLiteral().matches("(?is)</a\\s*>")) {
                break;
            }
            text.append(shown(n));
        }
        return text.toString().strip();
    }
}
