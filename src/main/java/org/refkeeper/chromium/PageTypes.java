package org.refkeeper.chromium;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which responses Chromium shows as a page: HTML, text, pictures, media, XML and JSON. Anything else (a PDF,
 * an archive, a spreadsheet, a response sent as an attachment) it treats as a file: it downloads it, or hands a
 * PDF to its viewer, and either way the page never holds the bytes the server sent.
 */
public final class PageTypes {
    /** Text that Chromium downloads rather than shows. */
    private static final Set<String> TEXT_FILES = Set.of("text/csv", "text/x-csv", "text/comma-separated-values",
            "text/tab-separated-values", "text/tsv", "text/calendar", "text/x-vcalendar", "text/vcard", "text/x-vcard",
            "text/directory", "text/rtf", "text/ofx");
    /** Types that say nothing: Chromium sniffs the body, and shows what looks like HTML. */
    private static final Set<String> UNKNOWN = Set.of("", "unknown/unknown", "application/unknown", "*/*");
    private static final Set<String> APPLICATION_PAGES = Set.of("application/xhtml+xml", "application/xml",
            "application/json", "application/javascript", "application/x-javascript", "application/ecmascript");

    private PageTypes() {
    }

    /**
     * @param contentType        the response's Content-Type; empty when it sent none
     * @param contentDisposition the response's Content-Disposition, if any
     */
    public static boolean showsAsPage(String contentType, Optional<String> contentDisposition) {
        if (contentDisposition.map(d -> d.strip().toLowerCase(Locale.ROOT).startsWith("attachment")).orElse(false)) {
            return false;
        }
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (UNKNOWN.contains(type)) {
            return true;
        }
        if (type.startsWith("text/")) {
            return !TEXT_FILES.contains(type);
        }
        return type.startsWith("image/") || type.startsWith("audio/") || type.startsWith("video/")
                || APPLICATION_PAGES.contains(type) || type.endsWith("+xml") || type.endsWith("+json");
    }
}
