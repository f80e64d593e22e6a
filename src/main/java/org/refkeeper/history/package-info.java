/** Queries over the archive's past (status of every source, the notes that cite them, one source's history, diffs, captures, lookup of SOURCE and WHEN) for the facade, the web UI and publishing; imports store, folder and the values they hand on (citations, sources, report, verdict, warc's index). */
package org.refkeeper.history;
