/**
 * refkeeper's own WARC bundles: writing a browser's capture as one, reading bundles back with revisits resolved,
 * HTTP messages and bodies as stored, digests; imports index, page and io.
 */
package org.refkeeper.warc;
