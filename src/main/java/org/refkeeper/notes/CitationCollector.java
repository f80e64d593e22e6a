package org.refkeeper.notes;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.Node;

import java.util.ArrayList;
import java.util.List;

/**
 * Walks a parsed note in document order and records a citation for every link, with the nearest heading above it.
 * Code blocks and code spans hold no Link nodes, so their URLs are never cited.
 */
final class CitationCollector extends AbstractVisitor {
    private final String note;
    private final List<Citation> citations = new ArrayList<>();
    private String heading = "";

    CitationCollector(String note) {
        this.note = note;
    }

    List<Citation> citations() {
        return List.copyOf(citations);
    }

    @Override
    public void visit(Heading node) {
        heading = InlineText.headingText(node);
        visitChildren(node);
    }

    @Override
    public void visit(Link link) {
        String url = link.getDestination();
        String text = InlineText.of(link);
        // A URL written as itself says nothing about the article; notes put the title on the line below.
        if (BareUrl.isBare(link) || text.equals(url)) {
            add(link, BareUrl.standsAlone(link) ? BareUrl.titleBelow(link) : "", url);
        } else {
            add(link, text, url);
        }
    }

    @Override
    public void visit(HtmlInline node) {
        HtmlLinks.opening(node.getLiteral()).ifPresent(a -> {
            String title = a.text().isEmpty() ? InlineText.untilClosingAnchor(node.getNext()) : a.text();
            add(node, title, a.href());
        });
    }

    @Override
    public void visit(HtmlBlock node) {
        for (HtmlLinks.Anchor a : HtmlLinks.all(node.getLiteral())) {
            citations.add(new Citation(note, lineOf(node) + a.line() - 1, a.text(), heading, a.href()));
        }
    }

    private void add(Node node, String title, String url) {
        citations.add(new Citation(note, lineOf(node), title.strip(), heading, url));
    }

    private static int lineOf(Node node) {
        return node.getSourceSpans().isEmpty() ? 0 : node.getSourceSpans().get(0).getLineIndex() + 1;
    }
}
