package org.refkeeper.chromium;

import org.refkeeper.io.BadInputException;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * The {@code --proxy} URL, checked before Chromium starts. Chromium sends every request to an HTTP or SOCKS
 * proxy and resolves no host name itself (a test watches its network log for that), but it takes only a scheme,
 * a host and a port: Playwright would silently drop a user name and password, and every page would then fail
 * with 407 as if walled off.
 */
public final class ProxyUrl {
    private static final Set<String> SCHEMES = Set.of("http", "https", "socks4", "socks5");

    private ProxyUrl() {
    }

    /** @return the proxy as Chromium takes it: {@code scheme://host:port}, {@code http://} when no scheme is given */
    public static String check(String url) throws BadInputException {
        String withScheme = url.contains("://") ? url.strip() : "http://" + url.strip();
        URI uri;
        try {
            uri = new URI(withScheme);
        } catch (URISyntaxException e) {
            throw unusable(url);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!SCHEMES.contains(scheme) || uri.getHost() == null) {
            throw unusable(url);
        }
        if (uri.getRawUserInfo() != null) {
            throw new BadInputException("--proxy " + scheme + "://***@" + uri.getHost() + ": a proxy that needs a "
                    + "user name and password is not supported (Chromium cannot send them); use one that admits this "
                    + "machine without a login, e.g. a local forwarding proxy");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        if (!path.isEmpty() && !path.equals("/") || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw unusable(url);
        }
        return scheme + "://" + uri.getRawAuthority();
    }

    private static BadInputException unusable(String url) {
        return new BadInputException("--proxy " + url.replaceFirst("^([^/]*//)?[^/@]*@", "$1***@")
                + ": give the proxy as a URL, e.g. http://127.0.0.1:3128 or socks5://127.0.0.1:1080");
    }
}
