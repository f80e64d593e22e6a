package org.refkeeper.notes;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text where an ASCII character meets a non-ASCII one. Chinese prose runs on after a URL with no space
 * ({@code https://a.com/x。见https://b.com/y}); the autolinker links each text node on its own, so after this split
 * a bare URL ends where the prose begins. A URL that really holds non-ASCII characters must be written as
 * {@code <url>} or {@code [text](url)}. Runs before the autolink extension.
 */
final class AsciiBoundaries implements PostProcessor {
    @Override
    public Node process(Node document) {
        List<Text> texts = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                texts.add(text);
            }
        });
        texts.forEach(AsciiBoundaries::split);
        return document;
    }

    private static void split(Text text) {
        String literal = text.getLiteral();
        if (!literal.contains("://") && !literal.contains("www.")) {
            return;
        }
        List<SourceSpan> spans = text.getSourceSpans();
        // Escapes and entities make the literal shorter than its source; then the pieces keep the whole span.
        boolean exact = spans.size() == 1 && spans.get(0).getLength() == literal.length();
        Node last = text;
        int start = 0;
        for (int i = 1; i <= literal.length(); i++) {
            if (i == literal.length() || literal.charAt(i - 1) < 0x80 && literal.charAt(i) >= 0x80) {
                Text piece = new Text(literal.substring(start, i));
                piece.setSourceSpans(exact ? List.of(spans.get(0).subSpan(start, i)) : spans);
                last.insertAfter(piece);
                last = piece;
                start = i;
            }
        }
        text.unlink();
    }
}
