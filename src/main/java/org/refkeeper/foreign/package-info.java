/**
 * Reading archives written by other tools (WARC, ARC, WACZ) into pages to import: which records make each page,
 * revisits resolved across the files of an import and against the archive, the capture a run judges; imports
 * records, warc, index, wacz and page.
 */
package org.refkeeper.foreign;
