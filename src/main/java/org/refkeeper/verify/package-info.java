/**
 * Checking a whole archive (every record's digests, every index line against its record, the repository, every
 * source's captures) and reporting, never repairing; imports warc, index, store, folder and report.
 */
package org.refkeeper.verify;
