package org.refkeeper.chromium;

import org.refkeeper.io.BadInputException;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * A browser server that speaks Playwright's own protocol ({@code playwright run-server}, browserless), given as
 * {@code --browser-endpoint ws://host:3000/#4}: its WebSocket URL, and after {@code #} how many pages it takes at
 * once. The fragment never leaves this machine, so it cannot clash with a query the server reads (a token).
 *
 * @param url   the WebSocket URL, as the server is connected to (query included)
 * @param pages how many pages this server captures at once, one browser each
 */
public record BrowserEndpoint(URI url, int pages) {
    /** A server asked for more pages than this at once is more likely a typo than a plan. */
    public static final int MAX_PAGES = 32;

    public BrowserEndpoint {
        if (pages < 1 || pages > MAX_PAGES) {
            throw new IllegalArgumentException("pages per endpoint must be 1 to " + MAX_PAGES + ", not " + pages);
        }
    }

    /**
     * @param text         {@code ws://host:port/path?query#pages} ({@code wss://} too)
     * @param defaultPages the pages it takes when the URL does not say ({@code --concurrency})
     */
    public static BrowserEndpoint parse(String text, int defaultPages) throws BadInputException {
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (URISyntaxException e) {
            throw unusable(text, "not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("ws") && !scheme.equals("wss")) {
            throw unusable(text, "give the server's WebSocket URL, ws:// or wss://");
        }
        if (uri.getHost() == null) {
            throw unusable(text, "no host in it");
        }
        int pages = defaultPages;
        if (uri.getRawFragment() != null) {
            try {
                pages = Integer.parseInt(uri.getRawFragment());
            } catch (NumberFormatException e) {
                pages = 0;
            }
            if (pages < 1 || pages > MAX_PAGES) {
                throw unusable(text, "after # give how many pages it takes at once, 1 to " + MAX_PAGES);
            }
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        return new BrowserEndpoint(URI.create(scheme + "://" + uri.getRawAuthority() + path + query), pages);
    }

    /** The URL as messages name it: a query may hold a token, so it is left out. */
    public String shown() {
        return url.getScheme() + "://" + url.getRawAuthority() + url.getRawPath() + (url.getRawQuery() == null ? "" : "?...");
    }

    @Override
    public String toString() {
        return shown() + "#" + pages;
    }

    private static BadInputException unusable(String text, String why) {
        String shown = text.replaceFirst("\\?[^#]*", "?...");
        return new BadInputException("--browser-endpoint " + shown + ": " + why
                + ", e.g. ws://browsers:3000/#4 (a playwright run-server taking 4 pages at once)");
    }
}
