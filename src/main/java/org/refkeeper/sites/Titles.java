package org.refkeeper.sites;

import org.refkeeper.content.Text;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page's title made fit to name it: escapes a template left in it decoded ({@code \n}, {@code \x0a},
 * {@code \u4e2d}), whitespace collapsed, the site's badges ({@code 原创}, {@code 已付费}) taken off either end,
 * and cut to a length a title has. A post without a title of its own is named by the first line of its text.
 */
public final class Titles {
    /** WeChat's own limit for a title; longer "titles" are whole posts. */
    static final int MAX = 64;
    private static final Pattern LITERAL_ESCAPE = Pattern.compile("\\\\(?:x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|[nrt])");
    private static final Pattern SENTENCE_END = Pattern.compile("[。！？!?；;]");
    // What sites put between a post's title and their own name: "Post – Blog", "Post_user的博客-CSDN博客",
    // "Post - 简书", "GitHub - owner/repo". A hyphen counts only with spaces round it ("Up-to-date" is one title),
    // a colon never ("Title: subtitle" is one title too).
    private static final Pattern SEPARATOR_AFTER = Pattern.compile("^(?:\\s*[|｜–—·•»_]|\\s+-\\s)");
    private static final Pattern SEPARATOR_BEFORE = Pattern.compile("(?:[|｜–—·•»_]\\s*|\\s-\\s+)$");

    private Titles() {
    }

    public static String clean(String raw, List<String> badges) {
        String title = collapse(escapes(raw));
        // longest first: 已付费 before 付费
        List<String> byLength = badges.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        boolean again = true;
        while (again) {
            again = false;
            for (String badge : byLength) {
                String b = badge.strip();
                if (b.isEmpty() || title.equals(b)) {
                    continue;
                }
                if (title.endsWith(b)) {
                    title = trimSeparators(title.substring(0, title.length() - b.length()));
                    again = true;
                } else if (title.startsWith(b)) {
                    title = trimSeparators(title.substring(b.length()));
                    again = true;
                }
            }
        }
        return shorten(title);
    }

    /**
     * The post's own part of a page title that also names the site: the page's heading, when the title is that
     * heading and more after (or before) a separator; else the title with the site's name taken off its end or start.
     * A title that is nothing but the heading or the site's name stays as it is.
     */
    public static String withoutSite(String raw, List<String> siteNames, List<String> headings) {
        String title = collapse(escapes(raw));
        for (String heading : headings) {
            String h = collapse(heading);
            if (h.length() < 2 || h.length() >= title.length()) {
                continue;
            }
            if (title.startsWith(h) && SEPARATOR_AFTER.matcher(title.substring(h.length())).find()) {
                return h;
            }
            if (title.endsWith(h) && SEPARATOR_BEFORE.matcher(title.substring(0, title.length() - h.length())).find()) {
                return h;
            }
        }
        for (String name : siteNames) {
            String n = collapse(name);
            if (n.isEmpty() || n.length() >= title.length()) {
                continue;
            }
            if (title.endsWith(n) && SEPARATOR_BEFORE.matcher(title.substring(0, title.length() - n.length())).find()) {
                return trimSeparators(title.substring(0, title.length() - n.length()));
            }
            if (title.startsWith(n) && SEPARATOR_AFTER.matcher(title.substring(n.length())).find()) {
                return trimSeparators(title.substring(n.length()));
            }
        }
        return title;
    }

    /** The first line of a text as its title: up to the end of its first sentence when that is too long. */
    public static String firstLine(String text) {
        String line = escapes(text).strip().lines().map(String::strip).filter(l -> !l.isEmpty())
                .findFirst().orElse("");
        if (line.codePointCount(0, line.length()) > MAX) {
            Matcher end = SENTENCE_END.matcher(line);
            if (end.find() && end.start() > 0 && line.codePointCount(0, end.start()) <= MAX) {
                line = line.substring(0, end.start());
            }
        }
        return shorten(collapse(line));
    }

    /** Whether {@code title} looks like a whole text rather than a title: several lines, or longer than a title. */
    public static boolean isText(String title) {
        String decoded = escapes(title).strip();
        return decoded.contains("\n") || decoded.codePointCount(0, decoded.length()) > MAX;
    }

    /** Escapes a template left in the text as written ({@code \n}, {@code \x0a}); other backslashes stay. */
    private static String escapes(String s) {
        Matcher m = LITERAL_ESCAPE.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String e = m.group();
            String c = switch (e.charAt(1)) {
                case 'x', 'u' -> String.valueOf((char) Integer.parseInt(e.substring(2), 16));
                case 't' -> "\t";
                default -> "\n";
            };
            m.appendReplacement(out, Matcher.quoteReplacement(c));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String collapse(String s) {
        return Text.stripInvisible(s).replaceAll("(?U)\\s+", " ").strip();
    }

    private static String trimSeparators(String s) {
        return s.replaceAll("^[\\s|｜·•:：\\-–—_»]+|[\\s|｜·•:：\\-–—_»]+$", "");
    }

    private static String shorten(String s) {
        if (s.codePointCount(0, s.length()) <= MAX) {
            return s;
        }
        return s.substring(0, s.offsetByCodePoints(0, MAX - 1)).strip() + "…";
    }
}
