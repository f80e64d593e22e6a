package org.refkeeper.restore;

import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Rewrites the addresses a style sheet loads: every {@code url(...)} and every {@code @import "..."}. */
final class CssUrls {
    private static final Pattern REFERENCE = Pattern.compile(
            "(?i)url\\(\\s*(?:\"([^\"]*)\"|'([^']*)'|([^)\"'\\s]*))\\s*\\)|@import\\s+(?:\"([^\"]*)\"|'([^']*)')");
    /** What a reference the capture lacks becomes: an address that loads nothing, offline or not. */
    static final String NOTHING = "about:invalid";

    private CssUrls() {
    }

    /**
     * @param local the new address for an address as written in the sheet; empty when the capture lacks it
     */
    static String rewrite(String css, Function<String, Optional<String>> local) {
        Matcher m = REFERENCE.matcher(css);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            boolean isImport = m.group(4) != null || m.group(5) != null;
            String ref = first(m, isImport ? 4 : 1, isImport ? 5 : 3).strip();
            String replacement;
            if (ref.isEmpty() || ref.startsWith("#") || ref.regionMatches(true, 0, "data:", 0, 5)) {
                replacement = m.group();
            } else {
                String to = local.apply(ref).orElse(NOTHING);
                replacement = (isImport ? "@import \"" : "url(\"") + to.replace("\\", "\\\\").replace("\"", "\\\"")
                        + (isImport ? "\"" : "\")");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String first(Matcher m, int from, int to) {
        for (int g = from; g <= to; g++) {
            if (m.group(g) != null) {
                return m.group(g);
            }
        }
        return "";
    }
}
