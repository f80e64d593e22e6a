package org.refkeeper.foreign;

import org.refkeeper.records.ForeignRecord;
import org.refkeeper.records.PageRecords;

import java.time.Instant;
import java.util.Optional;

/**
 * One page of another tool's file, ready to import.
 *
 * @param url     the page's URL, as listed or as its first record names it
 * @param date    when it was captured: the date of its first record
 * @param file    the file given to the import that holds it
 * @param title   the title the file's page list gives it
 * @param start   its first record (a redirect, or the page's own response)
 * @param records what its bundle holds of the file
 */
public record ForeignPage(String url, Instant date, String file, Optional<String> title, ForeignRecord start,
                          PageRecords records) {
}
