package org.refkeeper.sites;

import org.jsoup.parser.Parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Values a page keeps in its inline scripts as JavaScript literals, as WeChat does with its post data
 * ({@code content_noencode: JsDecode('...')}, {@code window.picture_page_info_list = [{cdn_url: '...'}]}).
 * Read without running anything: a key, then a string literal (optionally wrapped in {@code JsDecode(} or
 * behind {@code something ||}), or an object or array literal found by matching brackets.
 */
public final class ScriptData {
    /** A string literal: group 1 its quote, group 2 its content (the only groups in the patterns built with it). */
    private static final String STRING = "(['\"])((?:\\\\.|(?!\\1)[^\\\\\\n])*)\\1";
    private static final Pattern ESCAPE = Pattern.compile("\\\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|.)");

    private final String text;

    ScriptData(String text) {
        this.text = text;
    }

    /** The first non-empty string value of {@code key} ({@code key: '...'} or {@code key = '...'}), decoded. */
    Optional<String> string(String key) {
        Matcher m = Pattern.compile("(?<![\\w$])" + Pattern.quote(key)
                + "\\s*[:=]\\s*(?:[\\w$.]+\\s*\\|\\|\\s*)?(?:JsDecode\\(\\s*)?" + STRING).matcher(text);
        while (m.find()) {
            String value = decode(m.group(2)).strip();
            if (!value.isEmpty()) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    /** Whether the scripts mention {@code name} anywhere (a variable only some kind of page sets). */
    public boolean mentions(String name) {
        return text.contains(name);
    }

    /** The first string literal matched by group 2 of {@code pattern}, decoded; for values assigned in code. */
    Optional<String> assigned(Pattern pattern) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Optional.of(decode(m.group(2)).strip()).filter(v -> !v.isEmpty()) : Optional.empty();
    }

    /** The object literal after {@code key} ({@code key: {...}}), as data of its own; empty if there is none. */
    Optional<ScriptData> object(String key) {
        return literal(key, '{').map(ScriptData::new);
    }

    /** The objects of the first non-empty array literal after {@code key} ({@code key: [{...}, {...}]}), in order. */
    List<ScriptData> objects(String key) {
        Matcher m = Pattern.compile("(?<![\\w$])" + Pattern.quote(key) + "\\s*[:=]\\s*\\[").matcher(text);
        while (m.find()) {
            List<ScriptData> items = new ArrayList<>();
            int end = closing(text, m.end() - 1);
            int depth = 0;
            for (int i = m.end(); i < end; i++) {
                char c = text.charAt(i);
                if (c == '\'' || c == '"') {
                    i = stringEnd(text, i);
                } else if (c == '{' && depth == 0) {
                    int close = closing(text, i);
                    items.add(new ScriptData(text.substring(i, close + 1)));
                    i = close;
                } else if (c == '[' || c == '{') {
                    depth++;
                } else if (c == ']' || c == '}') {
                    depth--;
                }
            }
            if (!items.isEmpty()) {
                return items;
            }
        }
        return List.of();
    }

    /** The string value of {@code key} in this object itself, not in the objects nested in it. */
    Optional<String> own(String key) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'' || c == '"') {
                i = stringEnd(text, i);
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
            } else if (depth == 1 && text.startsWith(key, i) && (i == 0 || !isName(text.charAt(i - 1)))) {
                Matcher m = Pattern.compile("\\G" + Pattern.quote(key) + "\\s*:\\s*(?:JsDecode\\(\\s*)?" + STRING)
                        .matcher(text);
                if (m.find(i)) {
                    return Optional.of(decode(m.group(2)).strip()).filter(v -> !v.isEmpty());
                }
            }
        }
        return Optional.empty();
    }

    private Optional<String> literal(String key, char open) {
        Matcher m = Pattern.compile("(?<![\\w$])" + Pattern.quote(key) + "\\s*[:=]\\s*" + Pattern.quote(String.valueOf(open)))
                .matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        int start = m.end() - 1;
        return Optional.of(text.substring(start, closing(text, start) + 1));
    }

    /**
     * A JavaScript string literal's content as the page sees it: escapes resolved, then the escapes WeChat's own
     * {@code JsDecode} resolves once more ({@code \x26} written as {@code \\x26}), then HTML entities in addresses.
     */
    public static String decode(String literal) {
        String once = unescape(literal);
        String twice = once.contains("\\x") || once.contains("\\u") ? unescape(once) : once;
        return twice.contains("&") && twice.matches("(?s)^https?://\\S+$") ? Parser.unescapeEntities(twice, true) : twice;
    }

    private static String unescape(String s) {
        Matcher m = ESCAPE.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String c = switch (e.charAt(0)) {
                case 'x', 'u' -> e.length() > 1 ? String.valueOf((char) Integer.parseInt(e.substring(1), 16)) : e;
                case 'n' -> "\n";
                case 'r' -> "\r";
                case 't' -> "\t";
                default -> e;
            };
            m.appendReplacement(out, Matcher.quoteReplacement(c));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The index of the bracket that closes the one at {@code open}, strings skipped; the end if it never closes. */
    private static int closing(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'' || c == '"') {
                i = stringEnd(s, i);
            } else if (c == '{' || c == '[') {
                depth++;
            } else if ((c == '}' || c == ']') && --depth == 0) {
                return i;
            }
        }
        return s.length() - 1;
    }

    private static int stringEnd(String s, int quote) {
        char q = s.charAt(quote);
        for (int i = quote + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == q || c == '\n') {
                return i;
            }
        }
        return s.length() - 1;
    }

    private static boolean isName(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }
}
