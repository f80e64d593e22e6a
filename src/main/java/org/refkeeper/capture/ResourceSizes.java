package org.refkeeper.capture;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The decoded size of each response the page itself loaded, as its resource timing tells it (the W3C Resource
 * Timing {@code decodedBodySize}): exact for the page's own document and its own origin's responses; other
 * origins' stay unknown unless they allow it (Timing-Allow-Origin). What the browser's protocol reports instead
 * has proved wrong by orders of magnitude for streamed images.
 */
final class ResourceSizes {
    private static final String SIZES = """
            () => performance.getEntries()
                .filter(e => e.entryType === 'navigation' || e.entryType === 'resource')
                .filter(e => e.decodedBodySize > 0 || e.transferSize > 0)
                .map(e => [e.name, e.decodedBodySize])""";

    private ResourceSizes() {
    }

    /** By URL, the largest size any load of it had; empty when the page cannot tell (it navigated away). */
    static Map<String, Long> of(Page page) {
        Map<String, Long> out = new HashMap<>();
        try {
            for (Object entry : (List<?>) page.evaluate(SIZES)) {
                List<?> pair = (List<?>) entry;
                out.merge((String) pair.get(0), ((Number) pair.get(1)).longValue(), Math::max);
            }
        } catch (PlaywrightException e) {
            // a page that navigated while asked: its bodies count as unmeasured
        }
        return out;
    }
}
