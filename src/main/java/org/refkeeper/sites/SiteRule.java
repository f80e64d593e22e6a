package org.refkeeper.sites;

import org.jsoup.select.Selector;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What refkeeper knows about one site: where the article is, what to ignore, and which of the site's
 * own notices mean the article is gone, walled off or only temporarily away. Rules are data: the built-in
 * ones are JSON files bundled with refkeeper, and users add or override them in the archive's config.
 *
 * @param hosts        host names this rule covers; {@code *.example.com} also covers example.com and its subdomains
 * @param content      CSS selectors for the main content, the first that matches wins; empty means generic extraction
 * @param title        CSS selectors for the title (a {@code meta} element gives its {@code content}), the first non-empty wins
 * @param author       CSS selectors for the author or account name
 * @param drop         CSS selectors of elements removed before anything is read: counters, buttons, related lists
 * @param gone         notice texts that mean the article is gone for good (where a notice counts: see {@code verdict.Judge})
 * @param wall         notice texts that mean a captcha, verification or login wall
 * @param temporary    notice texts that mean "try again later"
 * @param wallUrls     substrings of a URL that, anywhere in the redirect chain, mean a wall
 * @param wallElements CSS selectors that, on a page without its article, mean a wall (a login dialog)
 * @param moved        the site's own "this has moved" notice, and where to find the new address
 * @param reader       the built-in reader of the site's kinds of page ({@code wechat}, {@code zhihu}: see
 *                     {@link PageReader}), tried before the content selectors; empty for none
 * @param badges       words the site adds to a title that are no part of it ({@code 原创}, {@code 已付费})
 */
public record SiteRule(List<String> hosts, List<String> content, List<String> title, List<String> author,
                       List<String> drop, List<String> gone, List<String> wall, List<String> temporary,
                       List<String> wallUrls, List<String> wallElements, Optional<MoveNotice> moved,
                       Optional<String> reader, List<String> badges) {

    public SiteRule {
        hosts = hosts.stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
        content = selectors("content", content);
        title = selectors("title", title);
        author = selectors("author", author);
        drop = selectors("drop", drop);
        gone = List.copyOf(gone);
        wall = List.copyOf(wall);
        temporary = List.copyOf(temporary);
        wallUrls = List.copyOf(wallUrls);
        wallElements = selectors("wallElements", wallElements);
        reader = reader == null ? Optional.empty() : reader.map(String::strip).filter(r -> !r.isEmpty());
        if (reader.isPresent() && !PageReader.NAMES.contains(reader.get())) {
            throw new IllegalArgumentException("reader: no built-in reader " + reader.get()
                    + "; known readers are " + PageReader.NAMES);
        }
        badges = badges == null ? List.of() : List.copyOf(badges);
    }

    /** A rule of selectors and notices only: no reader, no badges. */
    public SiteRule(List<String> hosts, List<String> content, List<String> title, List<String> author,
                    List<String> drop, List<String> gone, List<String> wall, List<String> temporary,
                    List<String> wallUrls, List<String> wallElements, Optional<MoveNotice> moved) {
        this(hosts, content, title, author, drop, gone, wall, temporary, wallUrls, wallElements, moved,
                Optional.empty(), List.of());
    }

    /** The rule for sites nobody wrote a rule for: generic extraction, HTTP status codes only. */
    public static SiteRule generic() {
        return new SiteRule(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), Optional.empty(), Optional.empty(), List.of());
    }

    /** Whether this rule covers {@code host}. */
    public boolean matches(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return hosts.stream().anyMatch(p -> p.startsWith("*.")
                ? h.equals(p.substring(2)) || h.endsWith(p.substring(1))
                : h.equals(p));
    }

    /** Whether this rule and {@code other} name a host in common, so that one replaces the other. */
    public boolean overlaps(SiteRule other) {
        return hosts.stream().anyMatch(other.hosts::contains);
    }

    // A typo in a user's selector should fail when the rule is read, naming the selector, not on some later page.
    private static List<String> selectors(String key, List<String> selectors) {
        for (String s : selectors) {
            try {
                Selector.evaluatorOf(s);
            } catch (IllegalStateException e) {
                throw new IllegalArgumentException(key + ": not a CSS selector: " + s, e);
            }
        }
        return List.copyOf(selectors);
    }
}
