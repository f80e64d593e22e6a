package org.refkeeper.citations;

import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.autolink.AutolinkType;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

import java.util.BitSet;
import java.util.List;

/** Parses one note as CommonMark with GitHub's tables and lists the links it cites. */
public final class NoteParser {
    /** Bare e-mail addresses are prose, not citations, so only URLs and www. names are autolinked. */
    private static final Parser PARSER = Parser.builder()
            .postProcessor(new UrlEmphasis())
            .postProcessor(new WrappedUrls())
            .postProcessor(new UrlBoundaries())
            .extensions(List.of(TablesExtension.create(),
                    AutolinkExtension.builder().linkTypes(AutolinkType.URL, AutolinkType.WWW).build()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    private NoteParser() {
    }

    /** Every link in the note, in note order; links in code, in front matter and in template code excluded. */
    public static List<Citation> citations(String note, String markdown) {
        String text = FrontMatter.blank(markdown.startsWith("\uFEFF") ? markdown.substring(1) : markdown);
        Node document = parse(text);
        BitSet templateCode = TemplateCode.lines(text, codeLines(document));
        return CitationCollector.of(note, document).stream().filter(c -> !templateCode.get(c.line())).toList();
    }

    /** The 1-based lines of fenced and indented code blocks. */
    private static BitSet codeLines(Node document) {
        BitSet lines = new BitSet();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(FencedCodeBlock block) {
                mark(block);
            }

            @Override
            public void visit(IndentedCodeBlock block) {
                mark(block);
            }

            private void mark(Node block) {
                block.getSourceSpans().forEach(s -> lines.set(s.getLineIndex() + 1));
            }
        });
        return lines;
    }

    static Node parse(String markdown) {
        return PARSER.parse(markdown);
    }
}
