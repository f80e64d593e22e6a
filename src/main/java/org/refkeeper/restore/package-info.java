/** Offline copies of captures: a page and its files rewritten to open in any browser without network; imports warc, store, folder, report, sites, verdict and io. */
package org.refkeeper.restore;
