package org.refkeeper.verdict;

import org.jsoup.nodes.Element;
import org.refkeeper.page.Capture;
import org.refkeeper.sites.Page;
import org.refkeeper.sites.Reading;
import org.refkeeper.sites.SiteRules;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Pages any site may answer with 200 although the article is gone: its own "page not found" page (a soft 404:
 * WordPress behind a cache, a static host that answers every path) and a domain that expired and was parked for
 * sale. Told by what such pages say where a reader looks first, the title and the first headings, on a page with
 * little text: a post about 404 pages is still a post.
 */
final class WebGone {
    private static final int LITTLE_TEXT = 1000;
    /** What a title puts between its parts: "Page not found – Blog", "404 | Site". */
    private static final Pattern PARTS = Pattern.compile("\\s+[-–—|｜·•»]\\s+|\\s*[|｜]\\s*");
    private static final Pattern CODE = Pattern.compile("^(?:error\\s*)?404(?:\\s*error)?[\\s:：.!-]*");
    private static final Set<String> NOT_FOUND = Set.of("page not found", "not found", "file not found", "post not found",
            "nothing found", "this page could not be found", "page could not be found", "this page does not exist",
            "this page doesn't exist", "页面不存在", "页面未找到", "找不到页面", "您访问的页面不存在", "抱歉，页面不存在");
    private static final List<String> PARKED = List.of("domain may be for sale", "domain is for sale",
            "domain name is for sale", "buy this domain", "is parked free", "域名出售", "域名正在出售");
    /** Domain marketplaces an expired domain is sent to. */
    private static final List<String> MARKETS = List.of("hugedomains.com", "dan.com", "afternic.com", "sedo.com",
            "buydomains.com", "undeveloped.com", "domainmarket.com");

    private WebGone() {
    }

    /** A redirect, anywhere in the chain, to a domain marketplace. */
    static Optional<Assessment> redirect(Capture capture) {
        if (market(capture.url())) {
            return Optional.empty();
        }
        return Stream.concat(capture.redirects().stream(), Stream.of(capture.finalUrl())).filter(WebGone::market)
                .findFirst().map(url -> Judge.notGood(Outcome.GONE, "domain for sale: redirected to " + url, capture, ""));
    }

    /** A not-found page or a parked domain, on a page read without a site rule's selectors. */
    static Optional<Assessment> ofPage(Page page, Optional<Reading> reading, Capture capture) {
        String title = page.doc().title();
        // the main text, not the page's: a theme's sidebar and footer make any page long
        if (reading.map(Reading::text).orElseGet(page::text).length() < LITTLE_TEXT) {
            Stream<String> headings = reading.map(r -> r.main().select("h1, h2").stream()).orElseGet(Stream::empty)
                    .limit(2).map(Element::text);
            Optional<String> notFound = Stream.concat(PARTS.splitAsStream(title), headings)
                    .filter(WebGone::saysNotFound).findFirst();
            if (notFound.isPresent()) {
                return Optional.of(Judge.notGood(Outcome.GONE, "page not found (HTTP " + capture.status() + "): "
                        + notFound.get().strip(), capture, page.title()));
            }
        }
        if (page.text().length() >= LITTLE_TEXT) {
            return Optional.empty();
        }
        String text = (title + " " + page.text()).toLowerCase(Locale.ROOT);
        return PARKED.stream().filter(text::contains).findFirst()
                .map(p -> Judge.notGood(Outcome.GONE, "domain parked: " + p, capture, page.title()));
    }

    private static boolean saysNotFound(String part) {
        String p = part.strip().toLowerCase(Locale.ROOT).replace('’', '\'');
        String rest = CODE.matcher(p).replaceFirst("").replaceAll("[.!。！]+$", "").strip();
        return rest.isEmpty() ? !p.isEmpty() && !p.equals(rest) : NOT_FOUND.contains(rest);
    }

    private static boolean market(String url) {
        String host = SiteRules.host(url);
        return MARKETS.stream().anyMatch(m -> host.equals(m) || host.endsWith("." + m))
                || (host.equals("godaddy.com") || host.endsWith(".godaddy.com")) && url.contains("/forsale");
    }
}
