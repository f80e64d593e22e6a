package org.refkeeper.citations;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The reference definitions of a note ({@code [1]: https://... "Title"}) and which of them its links use. A
 * definition is a citation where it is written when no link uses it (a reading list at the end of a post) or when it
 * is a footnote ({@code [^1]: https://...}, read by CommonMark as a definition whose label starts with {@code ^}); the
 * marks that call a footnote ({@code text[^1]}) are then no citations of their own.
 */
final class LinkDefinitions {
    private final Set<String> footnotes = new HashSet<>();
    private final Set<String> linked = new HashSet<>();

    private LinkDefinitions() {
    }

    static LinkDefinitions of(Node document) {
        LinkDefinitions defs = new LinkDefinitions();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(LinkReferenceDefinition def) {
                if (isFootnote(def)) {
                    defs.footnotes.add(normal(def.getLabel()));
                }
            }

            @Override
            public void visit(Link link) {
                defs.linked.add(link.getDestination());
                visitChildren(link);
            }
        });
        return defs;
    }

    /** Whether the definition is cited where it is written. */
    boolean citedHere(LinkReferenceDefinition def) {
        return isFootnote(def) || !linked.contains(def.getDestination());
    }

    /** Whether the link is a footnote's mark: its text is a footnote's label, {@code ^1}. */
    boolean isFootnoteMark(Link link) {
        String text = InlineText.of(link);
        return text.startsWith("^") && footnotes.contains(normal(text));
    }

    /** The title a definition gives: its own, else its label when that is a name and not a number or mark. */
    static String title(LinkReferenceDefinition def) {
        if (def.getTitle() != null && !def.getTitle().isBlank()) {
            return def.getTitle();
        }
        return Titles.isMark(def.getLabel()) ? "" : def.getLabel();
    }

    /**
     * The words of a footnote, which CommonMark read as a definition: its "destination" and "title" are the footnote's
     * text ({@code [^1]: 张三，《标题》，https://...}, {@code [^2]: https://... "标题"}), where bare URLs end as in prose.
     */
    static String words(LinkReferenceDefinition def) {
        return def.getDestination() + (def.getTitle() == null ? "" : " " + def.getTitle());
    }

    static boolean isFootnote(LinkReferenceDefinition def) {
        return def.getLabel().startsWith("^");
    }

    /** Labels match as CommonMark matches them: case and runs of spaces aside. */
    private static String normal(String label) {
        return label.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
