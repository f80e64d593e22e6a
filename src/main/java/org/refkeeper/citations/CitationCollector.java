package org.refkeeper.citations;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Walks a parsed note in document order and records a citation for every link, with the nearest heading above it.
 * Code blocks and code spans hold no Link nodes, and a bare URL inside inline {@code <code>} is skipped, so a URL in
 * code is never cited: it is an example, not a source.
 */
final class CitationCollector extends AbstractVisitor {
    private final String note;
    private final LinkDefinitions definitions;
    /** Lines before the parsed text: the prose of an HTML block is parsed on its own. */
    private final int lineOffset;
    private final boolean htmlProse;
    private final List<Citation> citations = new ArrayList<>();
    private String heading;
    /** The paragraph whose inline {@code <code>} tags are counted, and how many are open. */
    private Node codeOwner;
    private int openCode;

    private CitationCollector(String note, Node document, String heading, int lineOffset, boolean htmlProse) {
        this.note = note;
        this.definitions = LinkDefinitions.of(document);
        this.heading = heading;
        this.lineOffset = lineOffset;
        this.htmlProse = htmlProse;
    }

    /** The citations of a parsed note, in document order. */
    static List<Citation> of(String note, Node document) {
        CitationCollector collector = new CitationCollector(note, document, "", 0, false);
        document.accept(collector);
        return List.copyOf(collector.citations);
    }

    @Override
    public void visit(Heading node) {
        heading = InlineText.headingText(node);
        visitChildren(node);
    }

    @Override
    public void visit(Link link) {
        if (definitions.isFootnoteMark(link)) {
            return;
        }
        String url = link.getDestination();
        // A URL written as itself says nothing about the article; notes put the title on the line below.
        if (BareUrl.isBare(link) || InlineText.of(link).equals(url)) {
            if (!(openCode > 0 && codeOwner == link.getParent()) && !BareUrl.isEmbedded(link)) {
                add(link, BareUrl.title(link), url);
            }
        } else {
            add(link, Titles.of(link), url);
        }
    }

    @Override
    public void visit(LinkReferenceDefinition def) {
        if (!definitions.citedHere(def)) {
            return;
        }
        if (!LinkDefinitions.isFootnote(def)) {
            add(def, LinkDefinitions.title(def), def.getDestination());
            return;
        }
        String words = LinkDefinitions.words(def);
        for (Citation c : parsed(words, lineOf(def) - 1)) {
            citations.add(new Citation(note, c.line(), Titles.around(words, c.citedUrl()), heading, c.citedUrl()));
        }
    }

    @Override
    public void visit(HtmlInline node) {
        if (htmlProse) {
            return;
        }
        String tag = node.getLiteral();
        if (HtmlLinks.isCodeTag(tag, false)) {
            openCode = codeOwner == node.getParent() ? openCode + 1 : 1;
            codeOwner = node.getParent();
        } else if (HtmlLinks.isCodeTag(tag, true) && codeOwner == node.getParent()) {
            openCode = Math.max(0, openCode - 1);
        }
        HtmlLinks.opening(tag).ifPresent(a -> {
            String title = a.text().isEmpty() ? InlineText.untilClosingAnchor(node.getNext()) : a.text();
            add(node, title, a.href());
        });
    }

    @Override
    public void visit(HtmlBlock node) {
        if (htmlProse) {
            return;
        }
        int first = lineOf(node);
        List<Citation> found = new ArrayList<>();
        for (HtmlLinks.Anchor a : HtmlLinks.all(node.getLiteral())) {
            found.add(new Citation(note, first + a.line() - 1, a.text(), heading, a.href()));
        }
        for (HtmlLinks.Prose p : HtmlLinks.prose(node.getLiteral())) {
            // indentation in HTML is layout, not an indented code block
            String text = p.text().lines().map(String::stripLeading).collect(Collectors.joining("\n"));
            found.addAll(parsed(text, first + p.line() - 2));
        }
        found.sort(Comparator.comparingInt(Citation::line));
        citations.addAll(found);
    }

    /** The citations in text that stands on its own inside the note, {@code linesBefore} lines down; no HTML read. */
    private List<Citation> parsed(String text, int linesBefore) {
        Node parsed = NoteParser.parse(text);
        CitationCollector inner = new CitationCollector(note, parsed, heading, linesBefore, true);
        parsed.accept(inner);
        return inner.citations;
    }

    private void add(Node node, String title, String url) {
        citations.add(new Citation(note, lineOf(node), title.strip(), heading, url));
    }

    private int lineOf(Node node) {
        return node.getSourceSpans().isEmpty() ? 0 : lineOffset + node.getSourceSpans().get(0).getLineIndex() + 1;
    }
}
