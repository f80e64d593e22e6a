package org.refkeeper.page;

/** One HTTP header line as the browser saw it. */
public record Header(String name, String value) {
}
