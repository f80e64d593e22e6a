/** Queries over the archive's past (status of every source, one source's history, diffs, captures, lookup of SOURCE and WHEN) for the facade and the web UI; imports store. */
package org.refkeeper.history;
