/** Reading archives written by other tools (WARC, ARC, WACZ) into pages to import; imports warc, wacz and capture. */
package org.refkeeper.foreign;
