/**
 * Other tools' WARC and ARC files record by record: read leniently into a spool bounded against decompression
 * bombs, every problem with its byte offset, segmented records joined, and copied byte for byte into a page's
 * bundle with refkeeper's own records beside them; imports warc, index and page.
 */
package org.refkeeper.records;
