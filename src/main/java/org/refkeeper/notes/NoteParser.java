package org.refkeeper.notes;

import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.autolink.AutolinkType;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

import java.util.List;

/** Parses one note as CommonMark and lists the links it cites. */
final class NoteParser {
    /** Bare e-mail addresses are prose, not citations, so only URLs and www. names are autolinked. */
    private static final Parser PARSER = Parser.builder()
            .postProcessor(new UrlEmphasis())
            .postProcessor(new UrlBoundaries())
            .extensions(List.of(AutolinkExtension.builder().linkTypes(AutolinkType.URL, AutolinkType.WWW).build()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    private NoteParser() {
    }

    /** Every link in the note, in note order, links in code blocks excluded. */
    static List<Citation> citations(String note, String markdown) {
        String text = markdown.startsWith("\uFEFF") ? markdown.substring(1) : markdown;
        CitationCollector collector = new CitationCollector(note);
        PARSER.parse(FrontMatter.blank(text)).accept(collector);
        return collector.citations();
    }
}
