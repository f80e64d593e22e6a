package org.refkeeper.publish;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What {@code publish} did.
 *
 * @param site      the site's folder, if one was written
 * @param data      the links file, if one was written
 * @param sources   sources published
 * @param copies    offline copies in the site
 * @param written   files written because they were new or differed
 * @param unchanged files that already held the right bytes, left untouched
 * @param removed   files of an earlier publish that this one no longer has
 * @param dataWritten whether the links file changed
 */
public record PublishSummary(Optional<Path> site, Optional<Path> data, int sources, int copies, int written,
                             int unchanged, int removed, boolean dataWritten) {
}
