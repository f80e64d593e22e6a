package org.refkeeper.warc;

import org.refkeeper.index.CdxjLine;

import java.util.List;

/**
 * One WARC file written for one capture.
 *
 * @param relativePath where it lies under the archive folder, with {@code /},
 *                     e.g. {@code captures/2026/11/a-20261129T120000Z.warc.gz}
 * @param lines        its CDXJ lines, for the archive's index
 */
public record Bundle(String relativePath, List<CdxjLine> lines) {
    public Bundle {
        lines = List.copyOf(lines);
    }
}
