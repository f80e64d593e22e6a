/** WACZ packages: writing an export of the archive that replay tools open, and opening one safely to import; imports warc, store and io. */
package org.refkeeper.wacz;
