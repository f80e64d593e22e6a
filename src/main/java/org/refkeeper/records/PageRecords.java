package org.refkeeper.records;

import org.refkeeper.index.CdxjLine;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The records of another tool's file that make one page, as an import copies them into the page's bundle.
 *
 * @param url        the page's URL
 * @param date       when the page was captured
 * @param warcinfos  the other tool's warcinfo records that the members name (WARC-Warcinfo-ID)
 * @param members    the page's records in the order of their files: its response and redirects, the resources
 *                   its document used, the requests and metadata records concurrent to them, its revisits
 * @param screenshot refkeeper's own screenshot record, where the file is a refkeeper bundle
 * @param dom        refkeeper's own record of the rendered DOM, likewise
 * @param files      the files the records came from, as the import was given them
 */
public record PageRecords(String url, Instant date, List<ForeignRecord> warcinfos, List<Member> members,
                          Optional<ForeignRecord> screenshot, Optional<ForeignRecord> dom, List<String> files) {
    public PageRecords {
        warcinfos = List.copyOf(warcinfos);
        members = List.copyOf(members);
        files = List.copyOf(files);
    }

    /**
     * One record of the page.
     *
     * @param original for a revisit whose payload the import holds in full: that record, to be copied along
     *                 unless the archive holds it by then
     * @param archived for a revisit whose payload only the archive holds: its index line there
     */
    public record Member(ForeignRecord record, Optional<ForeignRecord> original, Optional<CdxjLine> archived) {
        public Member(ForeignRecord record, Optional<ForeignRecord> original) {
            this(record, original, Optional.empty());
        }
    }
}
