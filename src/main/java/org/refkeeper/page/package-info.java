/**
 * A page as the browser saw it, in plain values: the {@code Capture} (every exchange, the DOM, the screenshot),
 * why a load failed, and the {@code Glance} that may settle a check early; written by capture and the importers,
 * read by verdict, warc and run without a browser; imports nothing of refkeeper.
 */
package org.refkeeper.page;
