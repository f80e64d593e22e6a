package org.refkeeper.demo;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One request as the local site received it.
 *
 * @param host    the Host header without its port, lower case
 * @param path    the raw path, without the query
 * @param query   the raw query string; empty when none
 * @param headers request headers, names in lower case
 */
public record SiteRequest(String method, String host, String path, String query,
                          Map<String, List<String>> headers, byte[] body) {
    public SiteRequest {
        headers = Map.copyOf(headers);
    }

    /** The first value of a request header, ignoring case. */
    public Optional<String> header(String name) {
        return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of()).stream().findFirst();
    }

    public Optional<String> referer() {
        return header("Referer");
    }
}
