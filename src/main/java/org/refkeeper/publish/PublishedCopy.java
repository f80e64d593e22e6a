package org.refkeeper.publish;

import java.util.Set;

/**
 * A capture's offline copy in the published site.
 *
 * @param folder where it is, relative to the site: {@code sources/<host>/<slug>/<capture>}
 * @param files  the files it holds, relative to {@code folder}
 */
record PublishedCopy(String folder, Set<String> files) {
    PublishedCopy {
        files = Set.copyOf(files);
    }

    String path(String file) {
        return folder + "/" + file;
    }
}
