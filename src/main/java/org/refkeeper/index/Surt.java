package org.refkeeper.index;

import org.netpreserve.jwarc.URIs;

import java.nio.charset.StandardCharsets;

/**
 * The sort-friendly URL key of CDX indexes: {@code com,example)/path?a=1&b=2}. A key is one token of a line, so
 * it never holds a space, a control character or anything but printable ASCII, whatever the URL held.
 */
final class Surt {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Surt() {
    }

    /**
     * jwarc's normalised SURT (host reversed, lower case, {@code www.} and default ports dropped, query sorted)
     * for http(s) URLs, without the fragment that pywb leaves out too; other URIs (our {@code urn:} records, and
     * whatever a WARC of another tool holds) as they are; then {@link #token}.
     */
    static String of(String url) {
        if (!URIs.hasHttpOrHttpsScheme(url)) {
            return token(url);
        }
        int hash = url.indexOf('#');
        return token(URIs.toNormalizedSurt(hash < 0 ? url : url.substring(0, hash)));
    }

    /**
     * {@code key} with every byte outside printable ASCII, every space and every {@code %} that starts no escape
     * percent-encoded (UTF-8, lower-case hex as jwarc writes): the same key for what jwarc already encoded, and
     * a token that splits no line for anything else. Also repairs the keys of an index written before this rule.
     */
    static String token(String key) {
        StringBuilder b = null;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            boolean stray = c == '%' && !(i + 2 < key.length() && isHex(key.charAt(i + 1)) && isHex(key.charAt(i + 2)));
            if (c <= ' ' || c >= 0x7f || stray) {
                if (b == null) {
                    b = new StringBuilder(key.length() + 16).append(key, 0, i);
                }
                int end = Character.isHighSurrogate(c) && i + 1 < key.length() ? i + 2 : i + 1;
                for (byte x : key.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                    b.append('%').append(HEX[(x >> 4) & 0xF]).append(HEX[x & 0xF]);
                }
                i = end - 1;
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? key : b.toString();
    }

    private static boolean isHex(char c) {
        return c < 0x80 && Character.digit(c, 16) >= 0;
    }
}
