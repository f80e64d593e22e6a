package org.refkeeper.publish;

import org.refkeeper.io.BadInputException;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/** {@code --base-url}: the address the published folder is served at, always ending with a slash. */
public final class BaseUrl {
    private static final Set<String> SCHEMES = Set.of("https", "http", "file");

    private BaseUrl() {
    }

    public static URI parse(String text) throws BadInputException {
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (URISyntaxException e) {
            throw bad(text);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.isOpaque() || !SCHEMES.contains(scheme)
                || (!scheme.equals("file") && (uri.getRawAuthority() == null || uri.getRawAuthority().isEmpty()))
                || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw bad(text);
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String authority = uri.getRawAuthority() == null ? "" : uri.getRawAuthority();
        return URI.create(scheme + "://" + authority + (path.endsWith("/") ? path : path + "/"));
    }

    private static BadInputException bad(String text) {
        return new BadInputException("--base-url " + text + ": not the address of a folder on the web; "
                + "give an absolute https:// (or file://) URL such as https://you.github.io/refs/");
    }
}
