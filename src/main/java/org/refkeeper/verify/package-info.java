/** Checking a whole archive (digests, index, repository, every source's captures) and reporting, never repairing; imports warc and store. */
package org.refkeeper.verify;
