/** The WARC format: writing a capture as a bundle, reading bundles back with revisits resolved, the CDXJ index, digests; imports capture and io. */
package org.refkeeper.warc;
