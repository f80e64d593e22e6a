package org.refkeeper.sites;

import org.jsoup.parser.Parser;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A site's own "this has moved" notice: the text that announces it, and a regular expression whose first
 * group finds the new address in the page's HTML (scripts included, where sites tend to keep it).
 */
public record MoveNotice(String text, String link) {
    public MoveNotice {
        try {
            if (Pattern.compile(link).matcher("").groupCount() < 1) {
                throw new IllegalArgumentException("moved.link needs a group for the address: " + link);
            }
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("moved.link: not a regular expression: " + link, e);
        }
    }

    /**
     * The new address announced in {@code html}, unescaped from HTML and JavaScript string literals. The
     * expression is the user's and the page the web's: one that would backtrack for ever or recurse past the
     * stack finds nothing instead.
     */
    public Optional<String> target(String html) {
        Matcher m = Pattern.compile(link).matcher(new BoundedText(html));
        try {
            if (!m.find() || m.group(1) == null || m.group(1).isBlank()) {
                return Optional.empty();
            }
        } catch (BoundedText.Exhausted | StackOverflowError runaway) {
            return Optional.empty();
        }
        String js = m.group(1).trim().replace("\\x26", "&").replace("\\u0026", "&").replace("\\/", "/");
        return Optional.of(Parser.unescapeEntities(js, true));
    }
}
