package org.refkeeper.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** What a browser asked for while a test looked at pages that must not reach outside a folder or host. */
public final class LocalRequests {
    private static final Set<String> LEAVING = Set.of("http", "https", "ws", "wss", "ftp", "file");

    private LocalRequests() {
    }

    /**
     * The requests that could leave {@code prefix} (a folder's file: URL, or a host's origin) and went elsewhere:
     * http(s), ws or ftp to another place, a file outside the folder. The browser's own pages (its PDF viewer,
     * about:, data:) are no requests of the site.
     */
    public static List<String> outside(List<String> requests, String prefix) {
        List<String> out = new ArrayList<>();
        for (String r : requests) {
            String scheme = r.substring(0, Math.max(0, r.indexOf(':')));
            if (LEAVING.contains(scheme) && !r.startsWith(prefix)) {
                out.add(r);
            }
        }
        return out;
    }
}
