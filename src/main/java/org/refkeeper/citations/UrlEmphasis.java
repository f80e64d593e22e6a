package org.refkeeper.citations;

import org.commonmark.node.Delimited;
import org.commonmark.node.Emphasis;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives a bare URL back the underscores and asterisks that emphasis took from it. The autolinker only sees text
 * once emphasis is parsed, so {@code https://mp.weixin.qq.com/s/_MDbbGzDOGHk5TBgbu_-oA} reached it as
 * {@code https://mp.weixin.qq.com/s/} followed by an emphasised {@code MDbbGzDOGHk5TBgbu}: WeChat's ids hold
 * {@code _} often. Where emphasis begins exactly where a URL's text ends, with no space in it, its delimiters and
 * text go back into the URL's text, and so does what follows up to the next space. Runs before the autolinker.
 */
final class UrlEmphasis implements PostProcessor {
    private static final Pattern URL_AT_END = Pattern.compile("(?:https?://|www\\.)[^\\s<>]*$");
    private static final Pattern NO_SPACE = Pattern.compile("[^\\s<>]+");
    private static final Pattern LEADING = Pattern.compile("^[^\\s<>]+");

    @Override
    public Node process(Node document) {
        List<Text> texts = Nodes.all(document, Text.class);
        for (Text t : texts) {
            if (t.getParent() != null && URL_AT_END.matcher(t.getLiteral()).find()) {
                repair(t);
            }
        }
        return document;
    }

    private static void repair(Text url) {
        while (url.getNext() instanceof Delimited && adjacent(url, url.getNext())) {
            Node node = url.getNext();
            String inner = onlyText(node);
            if (inner == null || !NO_SPACE.matcher(inner).matches()) {
                return;
            }
            int length = spanLength(node);
            if (length != inner.length()) {
                return; // escapes or entities inside: the source is not what the text says
            }
            url.setLiteral(url.getLiteral() + inner);
            grow(url, length);
            node.unlink();
            if (url.getNext() instanceof Text after && adjacent(url, after)) {
                Matcher lead = LEADING.matcher(after.getLiteral());
                if (!lead.find()) {
                    return;
                }
                String rest = after.getLiteral().substring(lead.end());
                url.setLiteral(url.getLiteral() + lead.group());
                grow(url, lead.end());
                if (rest.isEmpty()) {
                    after.unlink();
                    continue;
                }
                after.setLiteral(rest);
                SourceSpan s = after.getSourceSpans().get(0);
                after.setSourceSpans(List.of(s.subSpan(lead.end())));
                return;
            }
        }
    }

    /**
     * The emphasis as written, delimiters included, when it holds nothing but text and emphasis: an id such as
     * {@code __MDbbGzDOGHk5TBgbu_-o_} reads as emphasis inside emphasis. Else null.
     */
    private static String onlyText(Node node) {
        if (!(node instanceof Emphasis || node instanceof StrongEmphasis)) {
            return null;
        }
        Delimited d = (Delimited) node;
        StringBuilder text = new StringBuilder(d.getOpeningDelimiter());
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            String inner = child instanceof Text t ? t.getLiteral() : onlyText(child);
            if (inner == null) {
                return null;
            }
            text.append(inner);
        }
        return text.append(d.getClosingDelimiter()).toString();
    }

    /** Whether {@code next} starts in the source exactly where {@code text} ends, on the same line. */
    private static boolean adjacent(Text text, Node next) {
        List<SourceSpan> a = text.getSourceSpans();
        List<SourceSpan> b = next.getSourceSpans();
        if (a.size() != 1 || b.isEmpty() || a.get(0).getLength() != text.getLiteral().length()) {
            return false;
        }
        SourceSpan end = a.get(0);
        SourceSpan start = b.get(0);
        return end.getLineIndex() == start.getLineIndex()
                && end.getColumnIndex() + end.getLength() == start.getColumnIndex();
    }

    private static int spanLength(Node node) {
        return node.getSourceSpans().size() == 1 ? node.getSourceSpans().get(0).getLength() : -1;
    }

    private static void grow(Text text, int by) {
        SourceSpan s = text.getSourceSpans().get(0);
        text.setSourceSpans(List.of(SourceSpan.of(s.getLineIndex(), s.getColumnIndex(), s.getInputIndex(),
                s.getLength() + by)));
    }
}
