package org.refkeeper.warc;

import org.netpreserve.jwarc.URIs;

/** The sort-friendly URL key of CDX indexes: {@code com,example)/path?a=1&b=2}. */
final class Surt {
    private Surt() {
    }

    /**
     * jwarc's normalised SURT (host reversed, lower case, {@code www.} and default ports dropped, query sorted)
     * for http(s) URLs, without the fragment that pywb leaves out too; other URIs (our {@code urn:} records)
     * as they are.
     */
    static String of(String url) {
        if (!URIs.hasHttpOrHttpsScheme(url)) {
            return url;
        }
        int hash = url.indexOf('#');
        return URIs.toNormalizedSurt(hash < 0 ? url : url.substring(0, hash));
    }
}
