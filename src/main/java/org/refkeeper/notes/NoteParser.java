package org.refkeeper.notes;

import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.autolink.AutolinkType;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

import java.util.BitSet;
import java.util.List;

/** Parses one note as CommonMark with GitHub's tables and lists the links it cites. */
final class NoteParser {
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
    static List<Citation> citations(String note, String markdown) {
        String text = FrontMatter.blank(markdown.startsWith("\uFEFF") ? markdown.substring(1) : markdown);
        BitSet templateCode = TemplateCode.lines(text);
        return CitationCollector.of(note, parse(text)).stream().filter(c -> !templateCode.get(c.line())).toList();
    }

    static Node parse(String markdown) {
        return PARSER.parse(markdown);
    }
}
