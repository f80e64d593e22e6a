/** The run engine: checking every source of a run on worker threads (browser or imported files), judging, writing bundles and committing; imports capture, verdict, warc, store, notes, foreign. */
package org.refkeeper.run;
