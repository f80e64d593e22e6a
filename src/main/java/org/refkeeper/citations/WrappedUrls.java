package org.refkeeper.citations;

import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Joins a bare URL that a terminal, a mail program or a PDF broke across two lines:
 * {@code https://example.com/2020/01/a-long-path-that-reached-the-edge-of-the} then {@code /window/of-the-terminal}.
 * Only when the first line ends with the URL at a wrapping width ({@value #WRAP} columns or more) and the next line is
 * nothing but the rest of a path or query: one token that starts with {@code / ? & = # %}; a URL broken over more
 * lines goes on while each line reaches that width. Anything else is a new line of the note. Runs before the
 * autolinker, which then sees the whole URL.
 */
final class WrappedUrls implements PostProcessor {
    private static final int WRAP = 60;
    private static final Pattern REST = Pattern.compile("[/?&=#%][^\\s<>]*+");

    @Override
    public Node process(Node document) {
        List<SoftLineBreak> breaks = Nodes.all(document, SoftLineBreak.class);
        Map<Text, Integer> joined = new IdentityHashMap<>();
        breaks.forEach(b -> join(b, joined));
        return document;
    }

    /** @param joined the URLs joined so far, with the column where their last line ends */
    private static void join(SoftLineBreak lineBreak, Map<Text, Integer> joined) {
        if (!(lineBreak.getPrevious() instanceof Text url) || !(lineBreak.getNext() instanceof Text rest)
                || rest.getNext() != null && !(rest.getNext() instanceof SoftLineBreak)) {
            return;
        }
        List<SourceSpan> urlSpans = url.getSourceSpans();
        if (urlSpans.size() != 1 || urlSpans.get(0).getLength() != url.getLiteral().length()
                || rest.getSourceSpans().size() != 1 || rest.getSourceSpans().get(0).getLength() != rest.getLiteral().length()) {
            return; // escapes or entities: the source is not what the text says
        }
        SourceSpan first = urlSpans.get(0);
        SourceSpan next = rest.getSourceSpans().get(0);
        String literal = url.getLiteral();
        int lineEnd = joined.getOrDefault(url, first.getColumnIndex() + first.getLength());
        if (lineEnd < WRAP || !REST.matcher(rest.getLiteral()).matches()
                || !endsWithUrl(literal)) {
            return;
        }
        url.setLiteral(literal + rest.getLiteral());
        // one span from where the URL starts: its line is the citation's; its length is the text's, as the autolinker needs
        url.setSourceSpans(List.of(SourceSpan.of(first.getLineIndex(), first.getColumnIndex(), first.getInputIndex(),
                url.getLiteral().length())));
        lineBreak.unlink();
        rest.unlink();
        joined.put(url, next.getColumnIndex() + next.getLength());
    }

    /** Whether the text ends with a URL: its last word holds {@code ://} or starts with {@code www.}, and no brackets. */
    private static boolean endsWithUrl(String text) {
        int start = text.lastIndexOf(' ') + 1;
        int scheme = text.indexOf("://", start);
        return (scheme > start || text.startsWith("www.", start)) && text.indexOf('<', start) < 0 && text.indexOf('>', start) < 0;
    }
}
