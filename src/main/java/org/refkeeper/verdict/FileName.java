package org.refkeeper.verdict;

import org.refkeeper.page.Exchange;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The name a browser saves a file under: the one its Content-Disposition gives (RFC 6266, {@code filename*}
 * before {@code filename}), else the last segment of its URL; a PDF's name ends in {@code .pdf}, as a browser
 * makes it (arXiv's {@code /pdf/1707.06168} saves as {@code 1707.06168.pdf}). Never empty; may hold any
 * character, so make it safe before using it as a path.
 */
public final class FileName {
    private FileName() {
    }

    public static String of(Exchange exchange) {
        return of(exchange.url(), exchange.responseHeader("Content-Disposition"), exchange.contentType());
    }

    public static String of(String url, Optional<String> contentDisposition, String contentType) {
        String name = contentDisposition.flatMap(FileName::fromDisposition).orElseGet(() -> fromUrl(url));
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
        if (name.isEmpty()) {
            name = "document";
        }
        boolean pdf = contentType.toLowerCase(Locale.ROOT).startsWith("application/pdf");
        return pdf && !name.toLowerCase(Locale.ROOT).endsWith(".pdf") ? name + ".pdf" : name;
    }

    /**
     * {@code filename*} (RFC 5987: charset, language, percent-encoded) before {@code filename} (a token or a quoted
     * string). Read by a scanner, not a regular expression: a quoted name of thousands of characters made the
     * expression's backtracking overflow the stack.
     */
    private static Optional<String> fromDisposition(String value) {
        Map<String, String> params = DispositionParams.of(value);
        String extended = params.get("filename*");
        if (extended != null) {
            int first = extended.indexOf('\'');
            int second = first < 0 ? -1 : extended.indexOf('\'', first + 1);
            if (second > 0) {
                try {
                    String charset = extended.substring(0, first).strip();
                    return nonBlank(URLDecoder.decode(extended.substring(second + 1).replace("+", "%2B"),
                            Charset.forName(charset.isEmpty() ? "UTF-8" : charset)));
                } catch (IllegalArgumentException unknownCharsetOrBadEscape) {
                    // fall back to the plain filename parameter, which RFC 6266 asks senders to give as well
                }
            }
        }
        return Optional.ofNullable(params.get("filename")).flatMap(FileName::nonBlank);
    }

    private static String fromUrl(String url) {
        String path = url.replaceFirst("[?#].*$", "").replaceFirst("^[A-Za-z][A-Za-z0-9+.-]*://[^/]*", "");
        String[] segments = path.split("/");
        for (int i = segments.length - 1; i >= 0; i--) {
            if (!segments[i].isBlank()) {
                try {
                    return URLDecoder.decode(segments[i].replace("+", "%2B"), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException badEscape) {
                    return segments[i];
                }
            }
        }
        return url.replaceFirst("^[A-Za-z][A-Za-z0-9+.-]*://", "").replaceFirst("[/?#:].*$", "");
    }

    private static Optional<String> nonBlank(String s) {
        return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.strip());
    }
}
