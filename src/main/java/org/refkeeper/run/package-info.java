/**
 * The run engine: checking every source of a run on worker threads, one page per host, retries and walls, quick
 * and full checks, judging, writing bundles, what dead runs left, and committing; where the captures come from is
 * a {@code Capturer} (browsers, imports), so this package never imports capture; imports notes, sources, page,
 * verdict, sites, warc, index, store, folder, report and io.
 */
package org.refkeeper.run;
