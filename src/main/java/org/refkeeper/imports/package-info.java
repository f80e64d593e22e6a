/**
 * The import of other tools' WARC, ARC and WACZ files as runs: the pages {@code foreign} finds, judged by the run
 * engine like captures, one run for each generation of captures, their records copied as they were; imports run,
 * foreign, records, index, warc, store, report, sources and page.
 */
package org.refkeeper.imports;
