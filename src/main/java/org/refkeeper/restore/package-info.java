/** Offline copies of captures: a page and its files rewritten to open in any browser without network; imports warc, store and verdict. */
package org.refkeeper.restore;
