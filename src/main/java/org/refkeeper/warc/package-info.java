/**
 * The WARC format: writing a capture as a bundle, copying other tools' records into one, reading bundles back with
 * revisits resolved, reading other tools' WARC and ARC files leniently, the CDXJ index, digests; imports capture
 * and io.
 */
package org.refkeeper.warc;
