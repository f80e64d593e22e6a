package org.refkeeper.wacz;

import java.nio.file.Path;

/**
 * What an export wrote.
 *
 * @param pages   entries of pages/pages.jsonl: one per kept capture of the chosen sources
 * @param bundles WARC files packed: those captures, and the ones holding payloads their revisits stand for
 * @param bytes   size of the package
 */
public record ExportSummary(Path file, int pages, int bundles, long bytes) {
}
